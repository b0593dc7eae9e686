/** LSP features computed from the model: symbols, folding, selection ranges, highlights, workspace symbols. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, type SelectionRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../../server/src/core/model/parse';
import { documentSymbols } from '../../server/src/lsp/features/symbols';
import { foldingRanges } from '../../server/src/lsp/features/folding';
import { selectionRanges } from '../../server/src/lsp/features/selection';
import { documentHighlights } from '../../server/src/lsp/features/highlights';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

const ROOT = path.join(__dirname, '../../..');
const seed = (n: string) =>
  fs.readFileSync(path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(n)) as string), 'utf8');

describe('features', () => {
  const text =
    '某市2025年工作要点\n一、总体要求\n坚持稳中求进。一是稳外贸；二是扩内需。\n二、重点任务\n（一）稳外贸\n推动外贸提质。\n（二）扩内需\n促进消费。\n';
  const model = parseDocument(text);

  it('document symbols: headings nest, enumerations are children, the setting hides them', () => {
    const syms = documentSymbols(model, true);
    assert.deepEqual(
      syms.map((s) => s.name),
      ['一、总体要求', '二、重点任务'],
    );
    assert.deepEqual(
      syms[0].children?.map((s) => s.name),
      ['一是稳外贸', '二是扩内需'],
    );
    assert.deepEqual(
      syms[1].children?.map((s) => s.name),
      ['（一）稳外贸', '（二）扩内需'],
    );
    assert.deepEqual(documentSymbols(model, false)[0].children, []);
    // The section range covers its body; the selection range is the heading line.
    assert.deepEqual(syms[1].range, { start: { line: 3, character: 0 }, end: { line: 7, character: 5 } });
    assert.deepEqual(syms[1].selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } });
  });

  it('document symbols of seed 000 start with （一）关于外贸工作 and hold 1、 then （1）', () => {
    const syms = documentSymbols(parseDocument(seed('000')), false);
    assert.equal(syms.length, 7);
    assert.equal(syms[0].name, '（一）关于外贸工作');
    assert.equal(syms[0].children?.[0].name, '1、抓好抓实四个重点');
    assert.equal(syms[0].children?.[0].children?.[0].name, '（1）抓好进出口1亿美元以上和出口5000万美元以上的重点州市');
  });

  it('folding ranges: one per multi-line section', () => {
    assert.deepEqual(
      foldingRanges(model).map((f) => [f.startLine, f.endLine]),
      [
        [1, 2],
        [3, 7],
        [4, 5],
        [6, 7],
      ],
    );
  });

  it('selection ranges grow sentence → line → section → parent section → document', () => {
    const pos = { line: 5, character: 2 }; // inside 推动外贸提质。
    const [sel] = selectionRanges(model, [pos]);
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) {
      const doc = TextDocument.create('x', 'workplan', 1, text);
      chain.push(doc.getText(s.range));
    }
    assert.deepEqual(chain, [
      '推动外贸提质。',
      '（一）稳外贸\n推动外贸提质。',
      '二、重点任务\n（一）稳外贸\n推动外贸提质。\n（二）扩内需\n促进消费。',
      text,
    ]);
  });

  it('document highlights: the markers of the same list', () => {
    const hs = documentHighlights(model, { line: 4, character: 1 });
    assert.deepEqual(
      hs.map((h) => h.range.start.line),
      [4, 6],
    );
    const es = documentHighlights(model, { line: 2, character: 8 });
    assert.deepEqual(
      es.map((h) => [h.range.start.line, h.range.start.character]),
      [
        [2, 7],
        [2, 13],
      ],
    );
  });

  it('workspace symbols: headings of every work-plan file, fuzzy matched', async () => {
    const index = new WorkspaceIndex();
    await index.crawl([path.join(ROOT, 'seeds')]);
    const token = new CancellationTokenSource().token;
    const all = index.symbols('', new Map(), token);
    const expected = fs
      .readdirSync(path.join(ROOT, 'seeds'))
      .reduce((n, f) => n + parseDocument(fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')).headings.length, 0);
    assert.equal(all.length, expected); // every seed is recognised as a plan and indexed
    const hits = index.symbols('走出去', new Map(), token);
    assert.ok(hits.length >= 3);
    assert.ok(hits.every((h) => h.name.includes('走') && h.name.includes('出') && h.name.includes('去')));
    assert.ok(hits.some((h) => h.containerName === '2006年山东省外经贸工作要点'));
  });
});
