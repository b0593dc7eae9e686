/** "修整抓取文本 / Repair scraped text": joins, rebuilt markers, quotes and chrome, reviewed in a preview (done by the server). */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, ServerCommands, type CleanPasteResult } from '../../../server/src/shared/protocol';
import { planDocumentFor, runServerEdit } from './serverEdit';

export function registerRepairText(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.repairText, async (uri?: vscode.Uri): Promise<number | undefined> => {
      const doc = planDocumentFor(uri);
      if (!doc) return undefined;
      const result = await runServerEdit<CleanPasteResult>(client, ServerCommands.repairText, [doc.uri.toString()]);
      return result?.count ?? 0;
    }),
  );
}
