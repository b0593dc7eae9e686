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
import { showPlaceholders } from './placeholders';

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
  const draft = await openDraft(doc, result);
  const editor = await vscode.window.showTextDocument(draft, { preview: false });
  // The first value to fill in is selected: type it, Tab to the next.
  await showPlaceholders(editor);
  const summary =
    result.toYear === null
      ? t('nextYear.noYear', result.placeholders.length, result.reviews.length)
      : t('nextYear.done', String(result.toYear), result.placeholders.length, result.reviews.length);
  void vscode.window.showInformationMessage(summary);
  return draft;
}

/**
 * The draft as an untitled document named after its source, beside it and with the source's
 * extension (`2024年工作要点.txt` → `2025年工作要点.txt`), so Save proposes a sensible file.
 * A draft of an untitled plan is an untitled Work Plan document.
 */
async function openDraft(source: vscode.TextDocument, result: NextYearResult): Promise<vscode.TextDocument> {
  if (source.isUntitled || source.uri.scheme !== 'file')
    return vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
  const uri = await freeName(draftUri(source.uri, result.fromYear, result.toYear));
  const draft = await vscode.workspace.openTextDocument(uri.with({ scheme: 'untitled' }));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(draft.uri, new vscode.Position(0, 0), result.text);
  await vscode.workspace.applyEdit(edit);
  // A Markdown plan stays Markdown (it is served as a plan all the same); any other becomes Work Plan.
  return draft.languageId === 'markdown' || draft.languageId === LANGUAGE_ID
    ? draft
    : vscode.languages.setTextDocumentLanguage(draft, LANGUAGE_ID);
}

/** `…/2024年工作要点.txt` → `…/2025年工作要点.txt`; without the year in the name, `…/name-2025.txt`. */
export function draftUri(source: vscode.Uri, fromYear: number | null, toYear: number | null): vscode.Uri {
  const dir = vscode.Uri.joinPath(source, '..');
  const name = source.path.slice(source.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const next = toYear === null ? t('nextYear.fileSuffix') : String(toYear);
  const renamed =
    fromYear !== null && toYear !== null && base.includes(String(fromYear))
      ? base.split(String(fromYear)).join(String(toYear))
      : `${base}-${next}`;
  return vscode.Uri.joinPath(dir, renamed + ext);
}

/** `uri`, or `name (2).ext`, … when a file or an open document already has that name. */
async function freeName(uri: vscode.Uri): Promise<vscode.Uri> {
  const taken = async (u: vscode.Uri) =>
    vscode.workspace.textDocuments.some((d) => d.uri.path === u.path) ||
    (await vscode.workspace.fs.stat(u).then(
      () => true,
      () => false,
    ));
  if (!(await taken(uri))) return uri;
  const path = uri.path;
  const dot = path.lastIndexOf('.');
  const [stem, ext] = dot > path.lastIndexOf('/') ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  for (let n = 2; n < 100; n++) {
    const candidate = uri.with({ path: `${stem} (${n})${ext}` });
    if (!(await taken(candidate))) return candidate;
  }
  return uri;
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
