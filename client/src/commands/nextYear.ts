/**
 * "起草下一年度计划 / Draft next year's plan": asks the server for the draft of the active plan
 * and opens it as a new untitled Work Plan document (placeholders and 待核 marks show as
 * diagnostics there). "对比目标… / Compare targets with…": see ../views/compareView.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, LANGUAGE_ID, Requests, type NextYearParams, type NextYearResult } from '../../../server/src/shared/protocol';
import { t } from '../i18n';
import { compareTargets } from '../views/compareView';

/** The document a command works on: the URI it was given, else the active editor's. */
async function documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

/** Drafts next year's plan of `doc` and shows it; returns the new untitled document. */
export async function draftNextYear(client: BaseLanguageClient, doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('nextYear.progress'), cancellable: false },
    // The text, not the URI: the document may be plain text the server was never sent.
    () => client.sendRequest<NextYearResult>(Requests.nextYear, { text: doc.getText() } satisfies NextYearParams),
  );
  const draft = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
  await vscode.window.showTextDocument(draft, { preview: false });
  const summary =
    result.toYear === null
      ? t('nextYear.noYear', result.placeholders.length, result.reviews.length)
      : t('nextYear.done', String(result.toYear), result.placeholders.length, result.reviews.length);
  void vscode.window.showInformationMessage(summary);
  return draft;
}

/**
 * Registers both commands at activation; the language client starts when one runs (`client()`),
 * so they work from any document, not only after a plan was opened.
 */
export function registerNextYear(context: vscode.ExtensionContext, client: () => Promise<BaseLanguageClient>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.draftNextYear, async (uri?: unknown) => {
      const doc = await documentFor(uri);
      if (!doc) {
        void vscode.window.showInformationMessage(t('command.noEditor'));
        return undefined;
      }
      return draftNextYear(await client(), doc);
    }),
    // `workplan.compareTargets [otherUri] [baseUri]`: the URIs let tests and keybindings skip the picker.
    vscode.commands.registerCommand(Commands.compareTargets, async (other?: unknown, base?: unknown) => {
      const doc = await documentFor(base);
      if (!doc) {
        void vscode.window.showInformationMessage(t('command.noEditor'));
        return undefined;
      }
      return compareTargets(context, await client(), doc, other instanceof vscode.Uri ? other : undefined);
    }),
  );
}
