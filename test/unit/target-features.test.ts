/** LSP features over targets: semantic tokens, hover, the 其中 inlay hint and the targets request. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { encodeTokens, LEGEND, quantityTokens } from '../../server/src/lsp/features/targetTokens';
import { targetHover } from '../../server/src/lsp/features/targetHover';
import { breakdownHints } from '../../server/src/lsp/features/targetBreakdownHints';
import { targetInfos } from '../../server/src/lsp/features/targetsRequest';

const ROOT = path.join(__dirname, '../../..');
const seed = (n: string) =>
  fs.readFileSync(path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(n)) as string), 'utf8');

/** Decodes LSP token data back to `line:char type text`. */
function decode(text: string, lines: readonly { start: number }[], data: readonly number[]): string[] {
  const out: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = lines[line].start + char;
    const mod = data[i + 4] ? '(baseline)' : '';
    out.push(`${line}:${char} ${LEGEND.tokenTypes[data[i + 3]]}${mod} ${text.slice(start, start + data[i + 2])}`);
  }
  return out;
}

describe('target features', () => {
  it('year tokens: 1900–2099 before 年 (blanks between allowed), never the tail of a longer number or a decimal', () => {
    const text = '1999年、2025 年和12025年、3.2020年，2100年，2030\n年底';
    assert.deepEqual(
      quantityTokens(text, []).map((t) => `${text.slice(t.start, t.end)} ${t.type}`),
      ['1999年 year', '2025 年 year', '2030\n年 year'],
    );
  });
  const text = seed('002');
  const a = analyze(text);

  it('semantic tokens of seed 002: years, amounts, growth rates, targets, a baseline', () => {
    const tokens = decode(text, a.model.lines, encodeTokens(a.model, quantityTokens(text, a.targets)));
    assert.deepEqual(tokens.slice(0, 9), [
      '0:8 year 2007年',
      '1:0 year 2007年',
      '5:16 amount 8.7亿美元',
      '5:25 growthRate 16%',
      '5:33 amount 5.2亿美元',
      '5:42 growthRate 16%',
      '5:48 amount 3.5亿美元',
      '5:57 growthRate 16%',
      '5:90 target 30%以上',
    ]);
    assert.ok(tokens.includes('6:16 amount 400亿元'));
    assert.ok(tokens.includes('14:142 target(baseline) 60%'));
    assert.equal(tokens.length, a.targets.length + tokens.filter((t) => / year /.test(t)).length);
  });

  it('range requests return the tokens of the range only, encoded from that range', () => {
    const line5 = a.model.lines[5];
    const part = decode(text, a.model.lines, encodeTokens(a.model, quantityTokens(text, a.targets, line5.start + 30, line5.end)));
    assert.deepEqual(part.slice(0, 2), ['5:33 amount 5.2亿美元', '5:42 growthRate 16%']);
    assert.ok(part.every((t) => t.startsWith('5:')));
  });

  it('a token across a line break is split into one token per line', () => {
    const t = '某市2025年工作计划\n力争新增1～\n2家企业。\n';
    const b = analyze(t);
    const tok = { start: t.indexOf('1～'), end: t.indexOf('家') + 1, type: 'target' as const, baseline: false };
    assert.deepEqual(decode(t, b.model.lines, encodeTokens(b.model, [tok])), ['1:4 target 1～', '2:0 target 2家']);
  });

  it('years inside document numbers and longer numbers are not year tokens', () => {
    const t = '某市2025年工作计划\n根据国发〔2022〕2号，12025年不是年份，2024 年是。\n';
    const b = analyze(t);
    assert.deepEqual(
      quantityTokens(t, b.targets)
        .filter((x) => x.type === 'year')
        .map((x) => t.slice(x.start, x.end)),
      ['2025年', '2024 年'],
    );
  });

  it('hover shows the parsed form and the normalised value in the user language', () => {
    const at = text.indexOf('8.7亿美元') + 2;
    const zh = targetHover(a.model, a.targets, at, 'zh-cn');
    const en = targetHover(a.model, a.targets, at, 'en');
    assert.ok(zh && en);
    const zhText = (zh.contents as { value: string }).value;
    const enText = (en.contents as { value: string }).value;
    assert.match(zhText, /^\*\*目标\*\* · 金额/);
    assert.match(zhText, /指标：外贸进出口总额/);
    assert.match(zhText, /8\.7亿美元 = 870,000,000 USD/);
    assert.match(enText, /^\*\*Target\*\* · amount/);
    assert.match(enText, /Normalised: 8\.7亿美元 = 870,000,000 USD/);
    assert.deepEqual(zh.range, { start: { line: 5, character: 16 }, end: { line: 5, character: 22 } });
    assert.equal(targetHover(a.model, a.targets, text.indexOf('2007年'), 'en'), null);
    const base = targetHover(a.model, a.targets, a.model.lines[14].start + 143, 'en');
    assert.match((base?.contents as { value: string }).value, /^\*\*Baseline/);
    const over = targetHover(a.model, a.targets, text.indexOf('30%以上'), 'en');
    assert.match((over?.contents as { value: string }).value, /Qualifier: 以上/);
  });

  it('inlay hint after the 其中 breakdown of seeds 002 and 004', () => {
    assert.deepEqual(
      breakdownHints(a.model, a.targets, 'zh-cn').map((h) => [h.position.line, h.position.character, h.label]),
      [[5, 54, '其中：5.2 + 3.5 = 8.7亿美元 ✓']],
    );
    const t4 = seed('004');
    const b = analyze(t4);
    const hints = breakdownHints(b.model, b.targets, 'en');
    assert.equal(hints[0].label, 'Breakdown: 540 + 360 = 900亿美元 ✓');
    assert.equal(hints[0].position.line, 3);
  });

  it('inlay hint marks a breakdown that does not add up', () => {
    const t = '某市2025年工作要点\n全年外贸进出口总额力争达到10亿美元，其中出口6亿美元，进口3亿美元。\n';
    const b = analyze(t);
    assert.deepEqual(
      breakdownHints(b.model, b.targets, 'en').map((h) => h.label),
      ['Breakdown: 6 + 3 = 9亿美元, total 10亿美元 ✗'],
    );
  });

  it('targets request: positions, values and the section path', () => {
    const infos = targetInfos(a.model, a.targets);
    assert.equal(infos.length, a.targets.length);
    const first = infos[0];
    assert.deepEqual(
      [first.line, first.character, first.endLine, first.endCharacter, first.text, first.normalized, first.baseUnit, first.valueMax],
      [5, 16, 5, 22, '8.7亿美元', 870_000_000, 'USD', null],
    );
    assert.ok(first.section.length >= 1, 'a section path');
    assert.equal(
      first.section[first.section.length - 1],
      a.targets[0].heading ? `${a.targets[0].heading.marker}${a.targets[0].heading.title}` : undefined,
    );
  });
});
