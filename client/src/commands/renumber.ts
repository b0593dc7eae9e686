/** "重新编号 / Renumber": the whole document, or the list at the cursor. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { Commands, LANGUAGE_ID, ServerCommands } from '../../../server/src/shared/protocol';
import { t } from '../i18n';

export function registerRenumber(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const run = async (scope: 'document' | 'list') => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(t('command.noEditor'));
      return undefined;
    }
    const args: unknown[] = [editor.document.uri.toString()];
    if (scope === 'list') args.push(client.code2ProtocolConverter.asPosition(editor.selection.active));
    const result = await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.renumber, arguments: args });
    const count = (result as { count?: number } | undefined)?.count ?? 0;
    void vscode.window.setStatusBarMessage(count ? t('renumber.done', count) : t('renumber.nothing'), 4000);
    return count;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.renumber, () => run('document')),
    vscode.commands.registerCommand('workplan.renumberList', () => run('list')),
  );
}
