/** Authoring in a real VS Code: completion of the next marker, document formatting on a seed. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, eventually, openAsWorkplan, seedUri, symbolsOf, writeWorkspaceFile } from './util';

describe('authoring', () => {
  afterEach(closeAll);

  it('offers （三） first on an empty line after （二）', async () => {
    const uri = writeWorkspaceFile(
      'completion-2025工作要点.txt',
      '某市商务局2025年工作要点\n一、重点任务\n（一）稳外贸\n（二）促消费\n\n二、保障措施\n（一）加强组织领导\n（二）强化督促检查\n',
    );
    const doc = await openAsWorkplan(uri);
    const list = await eventually(
      () =>
        vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(4, 0)),
      (l) => !!l && l.items.length > 0,
      'completion items',
    );
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? String(a.label)).localeCompare(b.sortText ?? String(b.label)));
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    assert.equal(label(sorted[0]), '（三）');
    assert.ok(
      sorted.some((i) => label(i) === '二、'),
      'one level up is offered too',
    );
  });

  it('formats seed 000 without changing its outline', async () => {
    const doc = await openAsWorkplan(seedUri('000'));
    const before = (await symbolsOf(doc.uri)).map((s) => s.name);
    const edits =
      (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, {
        tabSize: 4,
        insertSpaces: true,
      })) ?? [];
    assert.ok(edits.length > 0, 'seed 000 has range marks and punctuation to normalise');
    for (const e of edits) assert.equal(e.range.start.line, e.range.end.line, 'every edit stays inside one line');
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    const after = await eventually(
      async () => (await symbolsOf(doc.uri)).map((s) => s.name),
      (n) => n.length === before.length,
      'symbols after formatting',
    );
    assert.deepEqual(after, before);
    assert.ok(!doc.getText().includes('4－5个'), 'the range mark 4－5 was normalised');
  });
});
