/**
 * Targets in a real VS Code: semantic tokens of seed 002 through the provider command, hover and
 * the 其中 inlay hint from the server, and the Targets view's data through the export command.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, eventually, openAsWorkplan, seedUri, workspaceFile, writeWorkspaceFile } from './util';

/** `line:char type text` for each token. */
function decode(doc: vscode.TextDocument, legend: vscode.SemanticTokensLegend, tokens: vscode.SemanticTokens): string[] {
  const out: string[] = [];
  const d = tokens.data;
  let line = 0;
  let char = 0;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const text = doc.getText(new vscode.Range(line, char, line, char + d[i + 2]));
    out.push(`${line}:${char} ${legend.tokenTypes[d[i + 3]]}${d[i + 4] ? '.baseline' : ''} ${text}`);
  }
  return out;
}

describe('targets', () => {
  afterEach(closeAll);

  it('seed 002: semantic tokens for years, amounts, growth rates and targets', async () => {
    const doc = await openAsWorkplan(seedUri('002'));
    const legend = await eventually(
      () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
      (l) => !!l && l.tokenTypes.includes('growthRate'),
      'the semantic tokens legend',
    );
    assert.deepEqual(legend?.tokenTypes, ['target', 'growthRate', 'amount', 'year']);
    const tokens = await eventually(
      () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => !!t && t.data.length > 0,
      'semantic tokens of seed 002',
    );
    const rows = decode(doc, legend as vscode.SemanticTokensLegend, tokens as vscode.SemanticTokens);
    for (const want of [
      '0:8 year 2007年',
      '5:16 amount 8.7亿美元',
      '5:25 growthRate 16%',
      '5:33 amount 5.2亿美元',
      '5:48 amount 3.5亿美元',
      '5:90 target 30%以上',
      '6:16 amount 400亿元',
      '6:61 target 200家',
      '7:34 target 2个以上',
      '14:142 target.baseline 60%',
    ]) {
      assert.ok(rows.includes(want), `${want} among ${rows.join(' | ')}`);
    }
  });

  it('a flattened news text (one line): last year’s figures carry the baseline modifier, this year’s commitments do not', async () => {
    const uri = writeWorkspaceFile(
      '某市商务局2016年工作计划-一行.txt',
      '某市商务局2016年工作目标 日前，在市政府召开的全市商务工作会议上，市商务局发布了全年的工作目标和主要任务，部署了全年各项重点工作，要求各区各部门抓好落实。据市商务局负责人介绍，去年，全市实现社会消费品零售总额7933亿元，增长11.0%（全国10.7%、全省10.1%）。服务贸易进出口291.7亿美元，增长14.5%。今年，全市社会消费品零售总额力争增长8%，新设外资企业力争达到150家，进一步扩大对外开放，推动高质量发展，加快建设国际消费中心城市，全面提升城市能级和核心竞争力。\n',
    );
    const doc = await openAsWorkplan(uri);
    const legend = await eventually(
      () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
      (l) => !!l && l.tokenTypes.includes('growthRate'),
      'the semantic tokens legend',
    );
    const tokens = await eventually(
      () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => !!t && t.data.length > 0,
      'semantic tokens of the flattened text',
    );
    const rows = decode(doc, legend as vscode.SemanticTokensLegend, tokens as vscode.SemanticTokens).map((r) => r.replace(/^\d+:\d+ /, ''));
    for (const want of [
      'amount.baseline 7933亿元',
      'growthRate.baseline 11.0%',
      'amount.baseline 291.7亿美元',
      'growthRate 8%',
      'target 150家',
    ])
      assert.ok(rows.includes(want), `${want} among ${rows.join(' | ')}`);
  });

  it('a hard-wrapped copy: a value cut by the wrap is one target, shown joined in the view and the hover, tokens on both lines', async () => {
    const para = (p: string) => (p.match(/.{1,20}/gu) ?? []).join('\n');
    const uri = writeWorkspaceFile(
      'wrapped-report-suite.txt',
      [
        '某县2024年政府工作报告',
        '一、2023年工作回顾',
        para(
          '过去一年，全县经济稳中有进，全县固定资产投资250.3亿元，外贸出口总额达到2.5亿美元，社会消费品零售总额增长6.5%，城镇居民人均可支配收入增长6%。',
        ),
        '二、2024年主要目标',
        para(
          '今年主要预期目标是：全县生产总值增长6%左右，全县现代服务业增加值比重提高2.50%左右，新增市场主体1.5万户，城镇新增就业3000人以上。',
        ),
        '',
      ].join('\n'),
    );
    const doc = await openAsWorkplan(uri);
    assert.equal(doc.lineAt(3).text, '投资250.3亿元，外贸出口总额达到2.');
    const state = () => vscode.commands.executeCommand<{ uri?: string; rows: string[] }>('_workplan.targetsViewState');
    const view = await eventually(
      state,
      (s) => s.uri === doc.uri.toString() && s.rows.some((r) => r.includes('2.5亿美元')),
      'the cut value in the view',
    );
    assert.ok(
      view.rows.some((r) => r.endsWith('2.50%左右')),
      view.rows.join(' | '),
    );
    assert.ok(!view.rows.some((r) => r.includes('\n')), view.rows.join(' | '));
    const at = doc.positionAt(doc.getText().indexOf('5亿美元') + 1);
    const hovers = await eventually(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
      (h) => h.length > 0,
      'a hover on the second line of 2.5亿美元',
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /2\.5亿美元 = 250,000,000 USD/);
    assert.deepEqual([hovers[0].range?.start.line, hovers[0].range?.end.line], [3, 4]);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await eventually(
      () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => t !== undefined && t.data.length > 0,
      'semantic tokens',
    );
    const rows = decode(doc, legend, tokens!);
    assert.ok(rows.includes('3:18 amount.baseline 2.') && rows.includes('4:0 amount.baseline 5亿美元'), rows.join(' | '));
  });

  it('seed 002: hover on 8.7亿美元 and the inlay hint after its breakdown', async () => {
    const doc = await openAsWorkplan(seedUri('002'));
    const at = doc.positionAt(doc.getText().indexOf('8.7亿美元') + 1);
    const hovers = await eventually(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
      (h) => h.length > 0,
      'a hover on 8.7亿美元',
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /870,000,000 USD/);
    const hints = await eventually(
      () =>
        vscode.commands.executeCommand<vscode.InlayHint[]>(
          'vscode.executeInlayHintProvider',
          doc.uri,
          new vscode.Range(0, 0, doc.lineCount, 0),
        ),
      (h) => h.length > 0,
      'the breakdown inlay hint',
    );
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.equal(labels.length, 1);
    assert.match(labels[0], /5\.2 \+ 3\.5 = 8\.7亿美元 ✓/);
    assert.equal(hints[0].position.line, 5);
  });

  it('seed 002: the Targets view data, exported to files: a Markdown table, and CSV with a BOM and full section titles', async () => {
    const doc = await openAsWorkplan(seedUri('002'));
    type Exported = { content: string; uri: string } | undefined;
    const mdFile = workspaceFile('seed-002-targets.md');
    const md = await eventually(
      () => vscode.commands.executeCommand<Exported>('workplan.exportTargets', 'markdown', mdFile),
      (s) => !!s && s.content.includes('8.7亿美元'),
      'the exported targets of seed 002',
    );
    const rows = (md as NonNullable<Exported>).content.trim().split('\n');
    assert.equal(rows.length, 2 + 12, rows.join('\n')); // header, rule, 12 targets (11 targets and 1 baseline)
    assert.ok(
      rows.some((r) => /^\| 外贸进出口总额 \| 8\.7亿美元 \| 8\.7 \| 亿美元 \|/.test(r)),
      'the total',
    );
    assert.ok(rows.some((r) => /^\| 出口 \| 5\.2亿美元 \|/.test(r)) && rows.some((r) => /^\| 进口 \| 3\.5亿美元 \|/.test(r)), 'the parts');
    assert.ok(rows.some((r) => /400亿元/.test(r)));
    // The export is a file of its own, opened in the editor with its extension.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), mdFile.toString());
    await vscode.window.showTextDocument(doc);
    const csvFile = workspaceFile('seed-002-targets.csv');
    const csv = (await vscode.commands.executeCommand<Exported>('workplan.exportTargets', 'csv', csvFile)) as NonNullable<Exported>;
    const lines = csv.content.trim().split(/\r\n/);
    assert.equal(lines.length, 1 + 12);
    // Growth and level rows are told apart; the section is written in full, not cut with …
    const total = lines.find((l) => l.startsWith('外贸进出口总额,8.7亿美元,8.7,亿美元,,870000000 USD,target · level,6,'));
    assert.ok(total, lines.join('\n'));
    assert.ok(!total.includes('…') && total.includes('其中出口5.2亿美元'), total);
    assert.ok(
      lines.some((l) => /,target · growth rate,/.test(l)),
      'a growth row',
    );
    const bytes = await vscode.workspace.fs.readFile(csvFile);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark for Excel');
  });

  it('the Targets view follows edits (workplan/targetsChanged) and the active editor', async () => {
    const state = () => vscode.commands.executeCommand<{ uri?: string; rows: string[] }>('_workplan.targetsViewState');
    // A file of its own (untitled names are reused across tests, and the server keys documents by uri).
    const uri = writeWorkspaceFile(
      'targets-edit.txt',
      '某市2025年工作要点\n一、工作目标\n全年外贸进出口总额力争达到10亿美元。\n二、主要任务\n三、保障措施\n',
    );
    const doc = await openAsWorkplan(uri);
    const first = await eventually(state, (s) => s.uri === doc.uri.toString() && s.rows.length === 2, 'the new plan in the view');
    assert.deepEqual(first.rows, ['1 一、工作目标', '2 外贸进出口总额 10亿美元']);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(3, 0), '新增外贸企业5家。\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const second = await eventually(state, (s) => s.rows.length === 3, 'the new target after the edit');
    assert.match(second.rows[2], /^2 .*5家$/);
    // Another plan in the editor: the view shows that one, grouped by section.
    const seed = await openAsWorkplan(seedUri('002'));
    const seedState = await eventually(state, (s) => s.uri === seed.uri.toString() && s.rows.length > 12, 'seed 002 in the view');
    assert.deepEqual(seedState.rows.slice(0, 3), [
      '1 二、工作目标',
      '2 （一）全年全市外贸进出口总额实现8.7亿美元，增长16%，其中出口5.2亿美元，增长1…',
      '3 外贸进出口总额 8.7亿美元',
    ]);
    assert.equal(seedState.rows.filter((r) => !/^\d+ [一二三四五六七八九十]+、|^\d+ （/.test(r)).length, 12);
  });
});
