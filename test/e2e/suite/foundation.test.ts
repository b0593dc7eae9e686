/**
 * Foundation, in a real VS Code: every seed switches to Work Plan by itself, the outline comes
 * from the server, diagnostics arrive, a quick fix applies, renumbering runs.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, diagnosticsFor, openAsWorkplan, seedUri, symbolsOf, waitForEvent } from './util';

describe('foundation', () => {
  afterEach(closeAll);

  for (const seed of ['000', '001', '002', '003', '004']) {
    it(`seed ${seed} opens in workplan mode without manual steps`, async () => {
      const doc = await openAsWorkplan(seedUri(seed));
      assert.equal(doc.languageId, 'workplan');
    });
  }

  it('seed 000: hierarchical outline from the server', async () => {
    const doc = await openAsWorkplan(seedUri('000'));
    const syms = await symbolsOf(doc.uri);
    assert.deepEqual(
      syms.map((s) => s.name),
      [
        '（一）关于外贸工作',
        '（二）关于内贸工作',
        '（三）关于外经工作',
        '（四）关于外资工作',
        '（五）关于口岸工作',
        '（六）关于商务发展环境建设工作',
        '（七）关于商务系统自身建设工作',
      ],
    );
    const first = syms[0];
    assert.equal(first.children[0].name, '1、抓好抓实四个重点');
    assert.equal(first.children[0].children[0].name, '（1）抓好进出口1亿美元以上和出口5000万美元以上的重点州市');
    assert.equal(first.range.start.line, 2);
  });

  it('seed 004: 一、…六、 with 1、…36、 straight through, and the pasted copy', async () => {
    const doc = await openAsWorkplan(seedUri('004'));
    const syms = await symbolsOf(doc.uri);
    assert.equal(syms[0].name, '一、积极扩大外资规模，提高利用外资质量和水平');
    assert.equal(syms.length, 12); // six sections, twice (the document was pasted twice)
    const numbers = syms.slice(0, 6).flatMap((s) => s.children.map((c) => parseInt(c.name, 10)));
    assert.deepEqual(
      numbers,
      Array.from({ length: 36 }, (_, i) => i + 1),
    );
  });

  it('seed 001: the mixed run-in series is reported and its quick fix applies', async () => {
    const doc = await openAsWorkplan(seedUri('001'));
    const diags = await diagnosticsFor(
      doc.uri,
      (d) => d.some((x) => x.code === 'enumeration-style-mixed'),
      'enumeration-style-mixed on seed 001',
    );
    const d = diags.find((x) => x.code === 'enumeration-style-mixed') as vscode.Diagnostic;
    assert.equal(d.range.start.line, 10);
    assert.equal(doc.getText(d.range), '一要');
    const actions = (await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    )) as vscode.CodeAction[];
    const fix = actions.find((a) => a.edit && a.title.includes('一是要'));
    assert.ok(fix?.edit, `no quick fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(10).text.slice(18, 21), '一是要');
    await diagnosticsFor(doc.uri, (x) => !x.some((y) => y.code === 'enumeration-style-mixed'), 'the finding to go away');
  });

  it('renumber rewrites only the markers of a broken list', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'workplan',
      content: '某局2025年工作要点\n一、总体要求\n三、主要目标\n（一）外贸\n（三）内贸\n二、保障措施\n',
    });
    await vscode.window.showTextDocument(doc);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => x.code === 'numbering-gap'), 'numbering-gap on the untitled plan');
    await vscode.commands.executeCommand('workplan.renumber');
    await waitForEvent(vscode.workspace.onDidChangeTextDocument, () => doc.getText().includes('二、主要目标'), 'the renumbered text');
    assert.equal(doc.getText(), '某局2025年工作要点\n一、总体要求\n二、主要目标\n（一）外贸\n（二）内贸\n三、保障措施\n');
  });
});
