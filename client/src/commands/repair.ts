/**
 * "修复断行与抓取文本 / Repair line breaks and scraped text" (`workplan.repairText`; the older id
 * `workplan.repairLineBreaks` runs the same): the server's repairs (joins, rebuilt markers, quotes,
 * page numbers, web chrome), one edit per change, reviewed in VS Code's refactor preview.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, ServerCommands, type RepairResult } from '../../../server/src/shared/protocol';
import { planDocumentFor, runServerEdit } from './serverEdit';

export function registerRepair(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const repair = async (uri?: vscode.Uri, options?: { review?: boolean }): Promise<number | undefined> => {
    const doc = planDocumentFor(uri);
    if (!doc) return undefined;
    // From the palette every change is reviewed in the refactor preview; a caller may skip it.
    const review = options?.review ?? true;
    const result = await runServerEdit<RepairResult>(client, ServerCommands.repairText, [doc.uri.toString(), { review }]);
    return result?.applied ? result.count : 0;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.repairText, repair),
    vscode.commands.registerCommand(Commands.repairLineBreaks, repair),
  );
}
