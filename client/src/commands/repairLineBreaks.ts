/** "修复断行 / Repair line breaks": the server's repairs, one edit per change, shown for review in VS Code's preview. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { Commands, LANGUAGE_ID, ServerCommands, type RepairResult } from '../../../server/src/shared/protocol';
import { t } from '../i18n';

export function registerRepairLineBreaks(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(
      Commands.repairLineBreaks,
      async (uri?: vscode.Uri, options?: { review?: boolean }): Promise<number | undefined> => {
        const doc = uri
          ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
          : vscode.window.activeTextEditor?.document;
        if (!doc || doc.languageId !== LANGUAGE_ID) {
          void vscode.window.showInformationMessage(t('command.noEditor'));
          return undefined;
        }
        // From the palette every change is reviewed in the refactor preview; a caller may skip it.
        const review = options?.review ?? true;
        const result = (await client.sendRequest(ExecuteCommandRequest.type, {
          command: ServerCommands.repairLineBreaks,
          arguments: [doc.uri.toString(), { review }],
        })) as RepairResult | undefined;
        if (result) void vscode.window.setStatusBarMessage(result.message, 4000);
        return result?.applied ? result.count : 0;
      },
    ),
  );
}
