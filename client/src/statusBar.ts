/**
 * Status bar: 字数 of the document (or of the selection) and the number of findings. The
 * document's numbers come with the server's notification for each analysed version (and from
 * `workplan/stats` when another editor becomes active); the selection is counted here with the
 * same rule (shared/text.ts).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { countCharacters } from '../../server/src/shared/text';
import { Requests, type StatsResult } from '../../server/src/shared/protocol';
import { isPlanDocument } from './detect';
import { t } from './i18n';
import { onDidAnalyse } from './analysisEvents';

/** Shows the item for documents the language client serves; returns it (tests read its text). */
export function registerStatusBar(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('workplan.stats', vscode.StatusBarAlignment.Right, 100);
  item.name = t('statusBar.name');
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(item);

  const served = isPlanDocument;
  let stats: { uri: string; result: StatsResult } | undefined;
  let requestSeq = 0;

  const render = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !served(editor.document)) {
      item.hide();
      return;
    }
    const uri = editor.document.uri.toString();
    const known = stats && stats.uri === uri ? stats.result : undefined;
    const total = known ? known.characters : countCharacters(editor.document.getText());
    const selected = editor.selections.reduce((n, s) => (s.isEmpty ? n : n + countCharacters(editor.document.getText(s))), 0);
    const chars = selected > 0 ? t('statusBar.selection', selected, total) : t('statusBar.characters', total);
    item.text = known ? `$(whole-word) ${chars}  $(warning) ${t('statusBar.findings', known.findings)}` : `$(whole-word) ${chars}`;
    item.tooltip = t('statusBar.tooltip');
    item.show();
  };

  const refresh = async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !served(doc)) {
      render();
      return;
    }
    const uri = doc.uri.toString();
    const mine = ++requestSeq;
    try {
      const result = await client.sendRequest<StatsResult>(Requests.stats, { uri });
      if (mine === requestSeq) stats = { uri, result };
    } catch {
      // the server is restarting or stopped: show the local count only
      if (mine === requestSeq) stats = undefined;
    }
    if (mine === requestSeq) render();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && render()),
    // One notification per analysed version carries its numbers: no request after each publish.
    onDidAnalyse((p) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || client.code2ProtocolConverter.asUri(doc.uri) !== p.uri) return;
      // A request sent before this version was analysed must not overwrite it with older numbers.
      requestSeq++;
      stats = { uri: doc.uri.toString(), result: p.stats };
      render();
    }),
  );
  void refresh();
  return item;
}
