/** "清理粘贴内容 / Clean up pasted text": every paste-artifact fix of the document at once (done by the server). */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { Commands, LANGUAGE_ID, ServerCommands, type CleanPasteResult } from '../../../server/src/shared/protocol';
import { t } from '../i18n';

export function registerCleanPaste(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.cleanPaste, async (uri?: vscode.Uri): Promise<number | undefined> => {
      const doc = uri
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage(t('command.noEditor'));
        return undefined;
      }
      const result = (await client.sendRequest(ExecuteCommandRequest.type, {
        command: ServerCommands.cleanPaste,
        arguments: [doc.uri.toString()],
      })) as CleanPasteResult | undefined;
      if (result) void vscode.window.setStatusBarMessage(result.message, 4000);
      return result?.count ?? 0;
    }),
  );
}
