/**
 * The quantity scanner (core/facts/quantity.ts) finds what RE_QUANTITY finds: the same matches, one
 * after the other as `exec` with the `g` flag returns them, with every group. It is read by char codes
 * from the start of each run of digits, trying the regex's alternatives in the regex's order; here the
 * regex is the reference, on the real documents, on strings built from the pieces the alternatives
 * are made of, and on forms where the regex backtracks.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { nextQuantity, quantityAt, quantityMatch, RE_QUANTITY, unitText } from '../../server/src/core/facts/quantity';
import { consistencyDocuments } from './consistencyDocuments';

type Groups = [number, string, string, string, string, string, string];

/** RE_QUANTITY's matches from `from`: index, group 1, 2, 3, 4, 5 without its blanks, 6 ('' for a group that did not take part). */
function byRegex(text: string, from = 0): Groups[] {
  const re = new RegExp(RE_QUANTITY.source, 'g');
  re.lastIndex = from;
  const out: Groups[] = [];
  for (let m: RegExpExecArray | null; (m = re.exec(text));)
    out.push([m.index, m[1], m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5].replace(/[ \u3000]/g, ''), m[6] ?? '']);
  return out;
}

/** The scanner's matches from `from`, as byRegex gives them; checks that a form always stands for one unit text. */
function byScanner(text: string, from = 0, forms = new Map<number, string>()): Groups[] {
  const q = quantityMatch();
  const out: Groups[] = [];
  for (let at = from; nextQuantity(text, at, q); at = q.end) {
    const unit = unitText(text, q);
    const seen = forms.get(q.form);
    assert.ok(seen === undefined || seen === unit, `form ${q.form} stands for ${seen} and ${unit}`);
    forms.set(q.form, unit);
    out.push([
      q.start,
      text.slice(q.start, q.numEnd),
      q.before,
      q.rangeMark,
      q.num2Start < 0 ? '' : text.slice(q.num2Start, q.num2End),
      unit,
      q.qualifier,
    ]);
    // The match's text runs from the number to the qualifier.
    assert.equal(q.end, q.unitEnd + q.qualifier.length);
  }
  return out;
}

/** Both give the same matches; else a failure naming the first that differs and the words around it. */
function same(text: string, what: string, from = 0, forms?: Map<number, string>): void {
  const got = byScanner(text, from, forms);
  const want = byRegex(text, from);
  let i = 0;
  while (i < got.length && i < want.length && JSON.stringify(got[i]) === JSON.stringify(want[i])) i++;
  if (i === got.length && i === want.length) return;
  const at = (got[i] ?? want[i])[0];
  assert.fail(
    `${what}: match ${i} differs at ${JSON.stringify(text.slice(Math.max(0, at - 10), at + 20))}\n  scanner: ${JSON.stringify(got[i])}\n  regex:   ${JSON.stringify(want[i])}`,
  );
}

/** The pieces of RE_QUANTITY's alternatives, and what stands around quantities. */
const PIECES = [
  ...'0123456789'.split(''),
  '12',
  '8.7',
  '2023',
  ',',
  '1,200',
  ',345',
  '.',
  '．',
  '%',
  '％',
  '‰',
  ...'万亿萬億千个個余多元家项次户人条年月第'.split(''),
  '万亿',
  '萬億',
  '美元',
  '欧元',
  '人民币',
  '个亿',
  '個億元',
  '个百分点',
  '百分点',
  '個百分點',
  '个工作日',
  '工作日',
  '家次',
  '万户',
  '萬戶',
  '吨标准煤',
  '吨',
  '千克',
  '微克',
  '微克/立方米',
  '微克每立方米',
  '千瓦',
  '千瓦时',
  '千米',
  '米',
  '平方米',
  '平方公里',
  '公里',
  '/',
  '/平方公里',
  '/年',
  '/人',
  '/米',
  ' ',
  '\u3000',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  ...'～~〜—–－-至到'.split(''),
  '以上',
  '以下',
  '以内',
  '左右',
  '上下',
  '以',
  '，',
  '。',
  'a',
];

describe('quantity scanner: the matches of RE_QUANTITY without running it', () => {
  it('on every real document', () => {
    for (const d of consistencyDocuments()) same(d.text, d.name);
  });

  it('on strings of the pieces its alternatives are made of, from any offset after a non-digit', () => {
    const forms = new Map<number, string>();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        // A start the caller can give: a line start or a match's end, never inside a run of digits.
        let from = at % (text.length + 1);
        while (from > 0 && /\d/.test(text[from - 1])) from--;
        same(text, JSON.stringify([text, from]), from, forms);
      }),
      { numRuns: 20000 },
    );
  });

  it('takes the alternative the regex takes where it backtracks', () => {
    const at = (text: string) => byScanner(text)[0];
    // `%` before a range or as the unit: group 2 only when a range follows.
    assert.deepEqual(at('30%以上'), [0, '30', '', '', '', '%', '以上']);
    assert.deepEqual(at('5%～10%'), [0, '5', '%', '～', '10', '%', '']);
    // A magnitude before a range needs the range's mark or a digit after it.
    assert.deepEqual(at('1万至2万元'), [0, '1', '万', '至', '2', '万元', '']);
    assert.deepEqual(at('1万亿元'), [0, '1', '', '', '', '万亿元', '']);
    // The first unit of the list that matches, not the longest: 千瓦时 is listed before 千瓦.
    assert.deepEqual(at('5千瓦时'), [0, '5', '', '', '', '千瓦时', '']);
    // 千 is a magnitude, but 千米 a unit when no unit follows the magnitude.
    assert.deepEqual(at('5千米'), [0, '5', '', '', '', '千米', '']);
    // The number's fraction is given up when the unit needs it (`1.` then a unit is no fraction).
    assert.deepEqual(at('1.个'), undefined);
    assert.deepEqual(at('2.5.3个'), [2, '5.3', '', '', '', '个', '']);
    // A blank before the unit and inside it (scraped text).
    assert.deepEqual(at('7.9亿 元'), [0, '7.9', '', '', '', '亿元', '']);
    assert.deepEqual(at('2147 万元'), [0, '2147', '', '', '', '万元', '']);
    // 余/多 before and after the magnitude.
    assert.deepEqual(at('600余个'), [0, '600', '', '', '', '余个', '']);
    assert.deepEqual(at('750余万人次'), [0, '750', '', '', '', '余万人次', '']);
    // A range across blanks and a line break (`\s`), and a year, which has no unit.
    assert.deepEqual(at('3 ～\n5家'), [0, '3', '', '～', '5', '家', '']);
    assert.deepEqual(at('2023年'), undefined);
    // A compound unit: per what.
    assert.deepEqual(at('5.4亿元/平方公里'), [0, '5.4', '', '', '', '亿元/平方公里', '']);
    assert.deepEqual(at('3元/米'), [0, '3', '', '', '', '元', '']);
  });

  it('quantityAt at the first digit of a run: -1 with the match, else the end of the run', () => {
    const q = quantityMatch();
    assert.equal(quantityAt('增长12%', 2, q), -1);
    assert.deepEqual([q.start, q.numEnd, q.end], [2, 4, 5]);
    assert.equal(quantityAt('2023年', 0, q), 4);
    assert.equal(quantityAt('1.5.3个', 0, q), 1);
  });
});
