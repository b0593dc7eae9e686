/** "修复断行 / Repair line breaks": the server's repairs, one edit per change, shown for review in VS Code's preview. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, ServerCommands, type RepairResult } from '../../../server/src/shared/protocol';
import { planDocumentFor, runServerEdit } from './serverEdit';

export function registerRepairLineBreaks(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(
      Commands.repairLineBreaks,
      async (uri?: vscode.Uri, options?: { review?: boolean }): Promise<number | undefined> => {
        const doc = planDocumentFor(uri);
        if (!doc) return undefined;
        // From the palette every change is reviewed in the refactor preview; a caller may skip it.
        const review = options?.review ?? true;
        const result = await runServerEdit<RepairResult>(client, ServerCommands.repairLineBreaks, [doc.uri.toString(), { review }]);
        return result?.applied ? result.count : 0;
      },
    ),
  );
}
