/** What the commands that let the server edit a plan (clean up, repair) have in common. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { LANGUAGE_ID } from '../../../server/src/shared/protocol';
import { t } from '../i18n';

/** The open Work Plan document of `uri`, else the active editor's; undefined (after saying so) when there is none. */
export function planDocumentFor(uri?: vscode.Uri): vscode.TextDocument | undefined {
  const doc = uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
    : vscode.window.activeTextEditor?.document;
  if (doc && doc.languageId === LANGUAGE_ID) return doc;
  void vscode.window.showInformationMessage(t('command.noEditor'));
  return undefined;
}

/** Runs a server command (it applies its own edit) and shows the localised message it answers with. */
export async function runServerEdit<R extends { message: string }>(
  client: BaseLanguageClient,
  command: string,
  args: unknown[],
): Promise<R | undefined> {
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as R | undefined;
  if (result) void vscode.window.setStatusBarMessage(result.message, 4000);
  return result;
}
