/** "清理粘贴内容 / Clean up pasted text": every paste-artifact fix of the document at once (done by the server). */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, ServerCommands, type CleanPasteResult } from '../../../server/src/shared/protocol';
import { planDocumentFor, runServerEdit } from './serverEdit';

export function registerCleanPaste(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.cleanPaste, async (uri?: vscode.Uri): Promise<number | undefined> => {
      const doc = planDocumentFor(uri);
      if (!doc) return undefined;
      const result = await runServerEdit<CleanPasteResult>(client, ServerCommands.cleanPaste, [doc.uri.toString()]);
      return result?.count ?? 0;
    }),
  );
}
