/**
 * The TextMate grammar (syntaxes/workplan.tmLanguage.json) tokenised with VS Code's own engine
 * (vscode-textmate + vscode-oniguruma, dev dependencies only).
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { draftNextYearFromText } from '../../server/src/core/services/nextYear';

const ROOT = path.join(__dirname, '../../..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.workplan'
        ? textmate.parseRawGrammar(
            fs.readFileSync(path.join(ROOT, 'syntaxes/workplan.tmLanguage.json'), 'utf8'),
            'workplan.tmLanguage.json',
          )
        : null,
  });
  const grammar = await registry.loadGrammar('text.workplan');
  assert.ok(grammar, 'grammar text.workplan did not load');
  return grammar;
}

interface Tok {
  text: string;
  start: number;
  scopes: string[];
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const tokens = (line: string): Tok[] =>
    grammar
      .tokenizeLine(line, textmate.INITIAL)
      .tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));

  /** The scopes shared by every token that overlaps `needle`; with `exact`, those tokens must start and end with it. */
  function scopesOf(line: string, needle: string, from = 0, exact = false): string[] {
    const at = line.indexOf(needle, from);
    assert.ok(at >= 0, `${needle} not in ${line}`);
    const toks = tokens(line).filter((t) => t.start < at + needle.length && t.start + t.text.length > at);
    if (exact)
      assert.equal(
        toks.map((t) => t.text).join(''),
        needle,
        `“${needle}” is not its own token in “${line}”: ${JSON.stringify(toks.map((t) => t.text))}`,
      );
    return toks[0].scopes.filter((s) => toks.every((t) => t.scopes.includes(s)));
  }
  const has = (line: string, needle: string, scope: string, from = 0) => {
    const scopes = scopesOf(line, needle, from, true);
    assert.ok(scopes.includes(scope), `“${needle}” in “${line}”: expected ${scope}, got ${scopes.join(' ')}`);
  };
  const hasNot = (line: string, prefix: string) => {
    for (const t of tokens(line))
      assert.ok(!t.scopes.some((s) => s.startsWith(prefix)), `“${t.text}” in “${line}” has ${t.scopes.join(' ')}`);
  };

  it('is the output of syntaxes/build-grammar.mjs', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'syntaxes/build-grammar.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('marks each marker style with its own heading level', () => {
    const cases: Array<[string, string, number]> = [
      ['一、总体思路', '一、', 1],
      ['二十三、其他', '二十三、', 1],
      ['第一章 总则', '第一章', 1],
      ['（一）全年全市外贸进出口总额实现8.7亿美元', '（一）', 2],
      ['(二)堅持分類指導', '(二)', 2],
      ['(三）混合括号', '(三）', 2],
      ['（二十三）其他事项', '（二十三）', 2],
      ['1、建立完善利用外资目标管理和评价体系。实行新的', '1、', 3],
      ['3.省級經開區培育對象', '3.', 3],
      ['12．加快发展服务贸易', '12．', 3],
      ['（1）加快农村商品市场体系建设。以', '（1）', 4],
      ['(2)抓好重点企业', '(2)', 4],
      ['①加快建设', '①', 5],
      ['  　二、缩进后的标题', '二、', 1],
      ['## 二、重点任务', '二、', 1],
      ['### （一）稳住外贸', '（一）', 2],
      ['**1.**加粗的标题', '1.', 3],
    ];
    for (const [line, marker, level] of cases) {
      has(line, marker, `markup.heading.${level}.workplan`);
      has(line, marker, 'keyword.control.marker.workplan');
      for (const other of [1, 2, 3, 4, 5].filter((l) => l !== level)) {
        assert.ok(!scopesOf(line, marker).includes(`markup.heading.${other}.workplan`), `${line}: also level ${other}`);
      }
    }
  });

  it('scopes the title up to 。 or ： or the line end', () => {
    has('一、总体思路', '总体思路', 'entity.name.section.workplan');
    const runIn = '1、建立完善利用外资目标管理和评价体系。实行新的考核办法';
    has(runIn, '建立完善利用外资目标管理和评价体系', 'entity.name.section.workplan');
    assert.ok(!scopesOf(runIn, '实行新的考核办法').includes('entity.name.section.workplan'));
    const colon = '二、工作目标：全年增长12%';
    has(colon, '工作目标', 'entity.name.section.workplan');
    assert.ok(!scopesOf(colon, '全年增长').includes('entity.name.section.workplan'));
    // Numbers inside a title are still numbers.
    const withTarget = '（一）全年全市外贸进出口总额实现8.7亿美元';
    has(withTarget, '8.7', 'constant.numeric.workplan');
    has(withTarget, '8.7', 'entity.name.section.workplan');
    has(withTarget, '亿美元', 'keyword.other.unit.workplan');
  });

  it('finds markers that begin mid-line (seed 000)', () => {
    const line = '（一）关于外贸工作 1、抓好抓实四个重点 （1）抓好进出口1亿美元以上和出口5000万美元以上的重点州市。';
    has(line, '（一）', 'markup.heading.2.workplan');
    has(line, '关于外贸工作', 'entity.name.section.workplan');
    has(line, '1、', 'markup.heading.3.workplan');
    has(line, '抓好抓实四个重点', 'markup.heading.3.workplan');
    has(line, '（1）', 'markup.heading.4.workplan');
    // The first title stops before the second marker: no level-2 scope on the level-3 marker.
    assert.ok(!scopesOf(line, '1、').includes('markup.heading.2.workplan'));
    const afterSentence = '建立例会制度。 3、抓实项目。一是拿出存量';
    has(afterSentence, '3、', 'markup.heading.3.workplan');
    has(afterSentence, '一是', 'keyword.other.enumeration.workplan');
  });

  it('does not mark the known traps as headings', () => {
    for (const line of [
      '2.5',
      'PM2.5浓度下降5%',
      '1.5亿元用于项目建设。',
      '20.2026年10件民生实事',
      '“五统一、一开放”全面推开。',
      '一、二季度增长较快。',
      '第一、二轮试点',
      '1匯特通公司得到各级政府部门支持',
      '（',
      '增长3.5%，达到1.2万人',
    ]) {
      hasNot(line, 'markup.heading');
    }
    // `一、` inside a quotation is part of the string.
    has('“五统一、一开放”全面推开。', '五统一、一开放', 'string.quoted.double.workplan');
    // The 2026年 after a list number is a date, not the decimal 20.2026.
    has('20.2026年10件民生实事', '2026年', 'constant.other.date.workplan');
  });

  it('marks numbers with units, ranges and percentages', () => {
    const line =
      '主要预期目标是：进出口900亿美元，增长18%。外派劳务3.8万人，力争1~2家，30—50个，3～5家，4.5%—5%，提高2个百分点，130億元以上。';
    for (const [num, unit] of [
      ['900', '亿美元'],
      ['18', '%'],
      ['3.8', '万人'],
      ['1~2', '家'],
      ['30—50', '个'],
      ['3～5', '家'],
      ['4.5%—5', '%'],
      ['2', '个百分点'],
      ['130', '億元'],
    ]) {
      const at = line.indexOf(num + unit);
      has(line, num, 'constant.numeric.workplan', at);
      has(line, unit, 'keyword.other.unit.workplan', at + num.length);
    }
    has(line, '以上', 'keyword.other.qualifier.workplan');
    has('全年增长12%', '12', 'constant.numeric.workplan');
    has('实现400亿元', '400', 'constant.numeric.workplan');
    has('实现400亿元', '亿元', 'keyword.other.unit.workplan');
    // A number glued to Latin letters (PM2.5) is not a quantity.
    assert.ok(tokens('PM2.5').every((t) => !t.scopes.includes('constant.numeric.workplan')));
  });

  it('marks dates, quotes, titles, responsibility tags, enumerations and attachments', () => {
    for (const d of ['2007年', '2024年1月15日', '二〇二四年']) has(`${d}，召开会议`, d, 'constant.other.date.workplan');
    has('于4月22日前完成', '4月22日', 'constant.other.date.workplan');
    has('抓好“万村千乡”市场工程', '万村千乡', 'string.quoted.double.workplan');
    has('根据《国务院关于支持贵州的意见》精神', '《国务院关于支持贵州的意见》', 'string.other.title.workplan');
    const task = '（二）强化责任落实（牵头单位：市商务局；责任单位：市财政局；完成时限：2024年12月底）';
    has(task, '强化责任落实', 'entity.name.section.workplan');
    assert.ok(!scopesOf(task, '（牵头单位').includes('entity.name.section.workplan'), 'the tag is not part of the title');
    has(task, '牵头单位', 'meta.tag.responsibility.workplan');
    has(task, '牵头单位', 'entity.other.attribute-name.workplan');
    has(task, '：市商务局；', 'meta.tag.responsibility.workplan');
    has(task, '2024年12月', 'constant.other.date.workplan');
    has('（联系人：王某，联系电话：12345678）', '联系人', 'meta.tag.responsibility.workplan');
    const series = '一是壮大主体；二是转变方式；三要加强服务。第一，要统筹；其二，要协调。一方面……另一方面……';
    for (const e of ['一是', '二是', '三要', '第一，', '其二，', '一方面', '另一方面'])
      has(series, e, 'keyword.other.enumeration.workplan');
    has('**一是**加强领导。', '一是', 'keyword.other.enumeration.workplan');
    // 要求/要点 are words, not a run-in 一要.
    assert.ok(tokens('各单位按照统一要求执行').every((t) => !t.scopes.includes('keyword.other.enumeration.workplan')));
    has('附件1', '附件', 'keyword.other.attachment.workplan');
    // The names of the attachments are no headings: the number of each is a number.
    has('附件:1.國家級經開區培育對象名單', '1.', 'constant.numeric.workplan');
    assert.ok(!scopesOf('附件:1.國家級經開區培育對象名單', '1.').includes('keyword.control.marker.workplan'));
    // The list runs on over the lines that carry the next numbers, and ends at the first that does not.
    let state = textmate.INITIAL;
    const markers = ['附件：1.重点项目表', '2.重点任务分工表', '一、总体要求', '1.抓项目'].map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens.filter((t) => t.scopes.includes('keyword.control.marker.workplan')).map((t) => line.slice(t.startIndex, t.endIndex));
    });
    assert.deepEqual(markers, [[], [], ['一、'], ['1.']]);
  });

  it('marks the placeholders and review marks of a next-year draft (every one, on two seeds)', () => {
    has('增长【16】%，实现【8.7】亿美元', '16', 'variable.other.placeholder.workplan');
    has('增长【16】%，实现【8.7】亿美元', '亿美元', 'keyword.other.unit.workplan');
    has('【待核：第七届】交易会', '待核', 'keyword.other.review.workplan');
    has('【待核：2007年4月22日】召开', '2007年4月22日', 'constant.other.date.workplan');
    for (const seed of ['002_f30a71d086892b2f.txt', '000_86ad72312f1b257b.txt']) {
      const draft = draftNextYearFromText(fs.readFileSync(path.join(ROOT, 'seeds', seed), 'utf8'));
      assert.ok(draft.placeholders.length > 0 && draft.reviews.length > 0, `${seed}: the draft has marks`);
      const scopesAtOffset = (offset: number): string[] => {
        const lineStart = draft.text.lastIndexOf('\n', offset - 1) + 1;
        const lineEnd = draft.text.indexOf('\n', offset);
        const line = draft.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
        const col = offset - lineStart;
        const tok = grammar.tokenizeLine(line, textmate.INITIAL).tokens.find((t) => t.startIndex <= col && col < t.endIndex);
        return tok ? tok.scopes : [];
      };
      for (const p of draft.placeholders) {
        assert.ok(scopesAtOffset(p.start).includes('variable.other.placeholder.workplan'), `${seed}: ${draft.text.slice(p.start, p.end)}`);
        assert.ok(
          scopesAtOffset(p.end - 1).includes('variable.other.placeholder.workplan'),
          `${seed}: ${draft.text.slice(p.start, p.end)}`,
        );
      }
      for (const r of draft.reviews) {
        assert.ok(scopesAtOffset(r.start).includes('markup.changed.review.workplan'), `${seed}: ${draft.text.slice(r.start, r.end)}`);
        assert.ok(scopesAtOffset(r.end - 1).includes('markup.changed.review.workplan'), `${seed}: ${draft.text.slice(r.start, r.end)}`);
      }
    }
  });

  it('finds exactly the markers and run-in items of the golden outlines in all five seeds', () => {
    const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
    assert.equal(seeds.length, 5);
    for (const f of seeds) {
      const got = { H: [] as string[], E: [] as string[] };
      let state = textmate.INITIAL;
      fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')
        .split(/\r?\n/)
        .forEach((line, i) => {
          const r = grammar.tokenizeLine(line, state);
          state = r.ruleStack;
          for (const t of r.tokens) {
            const key = `${i + 1}:${t.startIndex + 1}\t${line.slice(t.startIndex, t.endIndex)}`;
            if (t.scopes.includes('keyword.control.marker.workplan')) got.H.push(key);
            if (t.scopes.includes('keyword.other.enumeration.workplan')) got.E.push(key);
          }
        });
      const want = { H: [] as string[], E: [] as string[] };
      for (const row of fs.readFileSync(path.join(ROOT, 'test/golden', f.replace(/\.txt$/, '.outline.tsv')), 'utf8').split('\n')) {
        if (!row || row.startsWith('#')) continue;
        const [pos, kind, , marker] = row.split('\t');
        if (kind === 'H' || kind === 'E') want[kind].push(`${pos}\t${marker}`);
      }
      assert.deepEqual(got.H, want.H, `${f}: heading markers`);
      assert.deepEqual(got.E, want.E, `${f}: run-in items`);
    }
  });
});
