/**
 * The quantities of a text (`8.7亿美元`, `1～2家`, `30%以上`, `5.4亿元/平方公里`): RE_QUANTITY, and a
 * scanner that finds exactly RE_QUANTITY's matches (what `exec` with the `g` flag returns, one after
 * the other) without running it. The scanner looks for runs of digits with a one-class regex and reads
 * each match by char codes from the start of its run, trying RE_QUANTITY's alternatives in RE_QUANTITY's
 * order; it gives offsets and constant strings instead of a match array of substrings. Both are built
 * from the same word lists; test/unit/quantity-scanner.test.ts compares them.
 */
import { withTraditional } from '../text/traditional';
import { inCjkRange } from '../text/chars';

const NUM = '\\d+(?:\\.\\d+)?';
/**
 * Group 1's number may group its thousands with ASCII commas (`1,200萬人`, `12,345.6万元`): one to three
 * digits at the start of a run, then `,ddd` groups. A full-width `，` separates list items and is no
 * thousands mark.
 */
const NUM1 = '(?:(?<!\\d)\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
// Traditional forms too (億, 萬, 個…): plans are pasted from Big5 pages.
const MAGNITUDES = ['万亿', '萬億', '亿', '億', '万', '萬', '千'];
const MAGNITUDE = '万亿|萬億|[亿億万萬千]';
/** `5.89兆元`, `1.3兆美元`: 兆 is 万亿 in Traditional-script money (Taiwan's usage); mainland text writes 万亿元. */
const CURRENCIES = ['美元', '欧元', '元', '人民币', '兆元', '兆美元'];
export const CURRENCY = CURRENCIES.join('|');
/** Count units, Simplified; withTraditional puts each one's Traditional form (萬頭, 個, 噸) right after it. */
const COUNT_UNIT_WORDS = withTraditional(
  '个百分点|百分点|家次|人次|车次|万户|户|家|个工作日|工作日|个|项|次|亩|公顷|吨标准煤|吨|公斤|千克|克|微克/立方米|微克每立方米|斤|兆斤|平方米|平米|㎡|平方公里|立方米|公里|千米|米|千瓦时|千瓦|兆瓦|MWh|MW|GW|kWh|kW|KW|标准箱|标箱|台|套|所|座|栋|棟|幢|辆|架次|架|件|批次|批|场次|场|条|处|人|名|位|起|篇|部|列|期|倍|株|棵|根|头|只|枚|张|块|塊|对|羽|袋|本|册|方|小时|分钟|分|天|岁|平|面|片'.split(
    '|',
  ),
);
/**
 * Units that count only before a mark or the end, not as a word's first character (`1500余平，`, `30余面。`, `市民运动球场8片、`, not
 * `3平台`, `5面向`, `7.5%平均水平`, `3片区`; blind forms 513 and 623): 平 (平方米 as spoken), 面 and 片. The scanner checks the same (unitBody).
 */
const UNIT_BEFORE_MARK = new Set(['平', '面', '片']);
const COUNT_UNITS = COUNT_UNIT_WORDS.map((w) => (UNIT_BEFORE_MARK.has(w) ? `${w}(?![\\u3400-\\u9fff])` : w)).join('|');
/**
 * What a compound unit is per (`5.4亿元/平方公里`, `3000元/亩`, `42万元/人`, `400万吨/年`): a rate or
 * an intensity, which keeps the whole unit and is of kind `other`. Also per thousand or ten thousand
 * people (`2批次/千人`, form 244), as inspection and health rates are written, and per amount of output
 * (`0.6人/百亿元` deaths per ten billion yuan of GDP, `0.35吨标准煤/万元` energy per ten thousand yuan).
 */
const PER_UNIT_WORDS = withTraditional(
  '平方公里|平方米|万公顷|公顷|万亩|亩|千人|万人|十万人|人|户|吨|千克|公斤|年|日|天|百亿元|亿元|万元|元'.split('|'),
);
const PER_UNITS = PER_UNIT_WORDS.join('|');
/** A blank of scraped text between a number and its unit (`2147 万元`, `8.5 %`) or inside it (`7.9亿 元`). */
const UNIT_BLANK = '[ \\u3000]';
const QUALIFIERS = ['以上', '以内', '左右', '以下', '上下'];
/** The range marks (group 3); the magnitude before a range is followed by a digit or one of RANGE_NEXT. */
const RANGE_MARKS = '～~〜—–－-至到';
const RANGE_NEXT = '～~—–－-至到';
/**
 * A quantity: number (with optional % and a range to a second number), then a unit. Groups: 1 the
 * number, 2 a % or magnitude before a range, 3 the range mark, 4 the range's end, 5 the unit, 6 the
 * qualifier after it.
 */
export const RE_QUANTITY = new RegExp(
  `(${NUM1})([%％]|(?:${MAGNITUDE})(?=[\\d～~—–－\\-至到]))?` +
    `(?:\\s*([～~〜—–－\\-]|至|到)\\s*(${NUM}))?` +
    `(${UNIT_BLANK}?(?:[%％‰]|[个個][亿億](?!元(?:以上|及以上|级|級)[\u4e00-\u9fff])(?:${CURRENCY})?|[余多]?(?:${MAGNITUDE})?[余多]?(?:${CURRENCY}|${COUNT_UNITS})(?:${UNIT_BLANK}?/${UNIT_BLANK}?(?:${PER_UNITS}))?|(?:${MAGNITUDE})${UNIT_BLANK}(?:${CURRENCY})|[余多]?(?:${MAGNITUDE})|(?<=\\.\\d+)年))` +
    `(${QUALIFIERS.join('|')})?`,
  'g',
);

/**
 * One match of RE_QUANTITY as offsets: group 1 is `[start, numEnd)`, group 4 `[num2Start, num2End)`
 * (-1 when there is no range), group 5 `[unitStart, unitEnd)`; groups 2, 3 and 6 as the constant
 * strings they equal ('' for a group that did not take part). `form` stands for group 5 without its
 * blanks: two matches have the same form only when those strings are equal (a number below FORMS).
 */
export interface QuantityMatch {
  start: number;
  end: number;
  numEnd: number;
  before: string;
  rangeMark: string;
  num2Start: number;
  num2End: number;
  unitStart: number;
  unitEnd: number;
  form: number;
  qualifier: string;
}

/** A reusable match record (the scanner fills it in). */
export function quantityMatch(): QuantityMatch {
  return {
    start: 0,
    end: 0,
    numEnd: 0,
    before: '',
    rangeMark: '',
    num2Start: -1,
    num2End: -1,
    unitStart: 0,
    unitEnd: 0,
    form: 0,
    qualifier: '',
  };
}

/** Group 5 of a match without its blanks, the string its `form` stands for. */
export function unitText(text: string, m: QuantityMatch): string {
  let s = '';
  for (let i = m.unitStart; i < m.unitEnd; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0x3000) s += text[i];
  }
  return s;
}

const DIGIT = /\d/g;

/**
 * The next match of RE_QUANTITY at or after `from` into `m`, as `exec` with `lastIndex = from` finds it;
 * false when there is none. `from` is never inside a run of digits (a line start or a match's end).
 *
 * Why looking only at the start of each run of digits finds the same matches: every alternative after
 * group 1 starts with a character that is no digit, so group 1 always takes a run's digits to its end;
 * a match tried at a later digit of the run goes on from the same place as one tried at its first and
 * fails when that one fails. The regex's `exec` tries those later digits too, and the characters after
 * the run, which no match starts at.
 */
export function nextQuantity(text: string, from: number, m: QuantityMatch): boolean {
  DIGIT.lastIndex = from;
  while (DIGIT.test(text)) {
    const s = DIGIT.lastIndex - 1;
    const e = quantityAt(text, s, m);
    if (e < 0) return true;
    DIGIT.lastIndex = e;
  }
  return false;
}

/**
 * RE_QUANTITY's match starting at `s`, the first digit of a run of digits, into `m`: -1 when there is
 * one, else the end of the run (no match starts before it).
 */
export function quantityAt(text: string, s: number, m: QuantityMatch): number {
  const e = digitsEnd(text, s + 1);
  // NUM1's thousands groups (`1,200`) come first; when no match follows them, the plain digits are
  // tried, and the digits after the comma start a run of their own.
  if (e - s <= 3 && text.charCodeAt(e) === 44 /* , */) {
    const g = groupsEnd(text, e);
    if (g > e && numberAt(text, s, g, m)) return -1;
  }
  return numberAt(text, s, e, m) ? -1 : e;
}

/** After `,ddd` groups from `e` (a comma), where the last complete group ends when no digit follows it; `e` when there is none. */
function groupsEnd(text: string, e: number): number {
  let g = e;
  while (text.charCodeAt(g) === 44 && isDigit(text.charCodeAt(g + 1)) && isDigit(text.charCodeAt(g + 2)) && isDigit(text.charCodeAt(g + 3)))
    g += 4;
  // `(?!\d)` after the last group: `1,2345` has none (a longer run is no group).
  return isDigit(text.charCodeAt(g)) ? (g === e ? e : groupsBack(text, e, g)) : g;
}

/** The regex backtracks to fewer groups when a digit follows the last: only a group followed by no digit counts. */
function groupsBack(text: string, e: number, g: number): number {
  for (let k = g - 4; k > e; k -= 4) if (!isDigit(text.charCodeAt(k))) return k;
  return e;
}

/** RE_QUANTITY's match with group 1's integer part `[s, e)`, into `m`: true when there is one. */
function numberAt(text: string, s: number, e: number, m: QuantityMatch): boolean {
  const c = text.charCodeAt(e);
  // Nothing after the digits that can go on with a fraction, group 2, a range or a unit: no match.
  if ((Q[c] & NEXT) === 0) return false;
  if (c === 46 /* . */ && isDigit(text.charCodeAt(e + 1))) {
    const f = digitsEnd(text, e + 2);
    if (afterNumber(text, s, f, text.charCodeAt(f), m)) return true;
  }
  return afterNumber(text, s, e, c, m);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** End of the digits from `i`. */
function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}
/** `(?<=\.\d+)` at `b`: digits right before it, and a full stop before them. */
function fractionBefore(text: string, b: number): boolean {
  let i = b - 1;
  while (isDigit(text.charCodeAt(i))) i--;
  const dot = 46; // .
  return i < b - 1 && text.charCodeAt(i) === dot;
}
/** NUM's fraction after the digits ending at `e`: where it ends, -1 when there is none. */
function fractionEnd(text: string, e: number): number {
  return text.charCodeAt(e) === 46 /* . */ && isDigit(text.charCodeAt(e + 1)) ? digitsEnd(text, e + 2) : -1;
}

// Character classes of the scanner, by char code.
const Q = new Uint8Array(0x10000);
const WHITE = 1; // \s
const RANGE_MARK = 2;
const MAG_NEXT = 4; // the lookahead after group 2's magnitude, digits aside
const UNIT_BLANK_CHAR = 8;
const UNIT_START = 16; // the characters group 5 can start with after its blank
const MAG_FIRST = 64; // 万萬亿億千
const NEXT = 32; // the characters that can follow group 1's digits in a match
for (const c of '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')
  Q[c.charCodeAt(0)] |= WHITE;
for (const c of RANGE_MARKS) Q[c.charCodeAt(0)] |= RANGE_MARK;
for (const c of RANGE_NEXT) Q[c.charCodeAt(0)] |= MAG_NEXT;
Q[32] |= UNIT_BLANK_CHAR;
Q[0x3000] |= UNIT_BLANK_CHAR;

/** The strings of single characters the groups can be (interned: no string is made per match). */
const CHAR_STRINGS = new Map<number, string>();
function charString(c: number): string {
  let s = CHAR_STRINGS.get(c);
  if (s === undefined) CHAR_STRINGS.set(c, (s = String.fromCharCode(c)));
  return s;
}

/**
 * Words by their first character, in the order of the alternation they come from (a regex alternation
 * takes the first alternative that matches, not the longest), with their indexes in `words`.
 */
interface WordTable {
  readonly words: ReadonlyArray<readonly string[] | undefined>;
  readonly indexes: ReadonlyArray<readonly number[] | undefined>;
}
function byFirst(words: readonly string[]): WordTable {
  const table: (string[] | undefined)[] = new Array<string[] | undefined>(0x10000);
  const indexes: (number[] | undefined)[] = new Array<number[] | undefined>(0x10000);
  words.forEach((w, i) => {
    (table[w.charCodeAt(0)] ??= []).push(w);
    (indexes[w.charCodeAt(0)] ??= []).push(i);
  });
  return { words: table, indexes };
}
const UNIT_WORDS = [...CURRENCIES, ...COUNT_UNIT_WORDS];
const BEFORE_MARK = new Uint8Array(0x10000);
for (const w of UNIT_BEFORE_MARK) BEFORE_MARK[w.charCodeAt(0)] = 1;
const UNITS_BY_FIRST = byFirst(UNIT_WORDS);
const CURRENCIES_BY_FIRST = byFirst(CURRENCIES);
const PER_BY_FIRST = byFirst(PER_UNIT_WORDS);
for (const w of ['%', '％', '‰', '个', '個', '余', '多', ...MAGNITUDES, ...UNIT_WORDS]) Q[w.charCodeAt(0)] |= UNIT_START;
for (let c = 0; c < 0x10000; c++) if ((Q[c] & (UNIT_START | WHITE | RANGE_MARK | UNIT_BLANK_CHAR)) !== 0) Q[c] |= NEXT;
Q[46] |= NEXT; // .
Q[0x5e74] |= NEXT; // 年, after a fraction (unitBody): `(?<=\.\d+)` also holds when the digits before it are group 1's, after a `.`
for (const c of '万萬亿億千') Q[c.charCodeAt(0)] |= MAG_FIRST;

/** Index + 1 of the first of `table`'s words at `i`, whose character is `c` (0 when none is there); its length in `wordLength`. */
let wordLength = 0;
function wordAt(text: string, i: number, c: number, table: WordTable): number {
  const words = table.words[c];
  if (words === undefined) return 0;
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (w.length === 1 || text.startsWith(w, i)) {
      wordLength = w.length;
      return table.indexes[c]![j] + 1;
    }
  }
  return 0;
}

/**
 * The magnitude at `i` tried `step`-th in the alternation's order (0: 万亿 or 萬億, 1: a single
 * character): its code, MAGNITUDES' index + 1; 0 when that one is not there.
 */
function magnitudeAt(text: string, i: number, step: number): number {
  const c = text.charCodeAt(i);
  if (step === 0) {
    const d = text.charCodeAt(i + 1);
    return c === 0x4e07 /* 万 */ && d === 0x4ebf /* 亿 */ ? 1 : c === 0x842c /* 萬 */ && d === 0x5104 /* 億 */ ? 2 : 0;
  }
  return c === 0x4ebf ? 3 : c === 0x5104 ? 4 : c === 0x4e07 ? 5 : c === 0x842c ? 6 : c === 0x5343 /* 千 */ ? 7 : 0;
}
/** MAGNITUDES[k - 1]'s length, k from 1 to 7. */
const MAG_LENGTH = [0, 2, 2, 1, 1, 1, 1, 1];

/** Group 2 after group 1 (ending at `p`): %, a magnitude followed by a range (in the alternation's order), or none. */
function afterNumber(text: string, s: number, p: number, c: number, m: QuantityMatch): boolean {
  // (`c`, here and below: the character at the offset looked at, read once.)
  if (c === 0x25 /* % */ || c === 0xff05 /* ％ */) {
    if (afterBefore(text, s, p, p + 1, text.charCodeAt(p + 1), charString(c), m)) return true;
  } else if ((Q[c] & UNIT_START) !== 0) {
    for (let step = 0; step < 2; step++) {
      const mag = magnitudeAt(text, p, step);
      const e = p + MAG_LENGTH[mag];
      if (!mag) continue;
      // `(?=[\d～~—–－\-至到])`
      const d = text.charCodeAt(e);
      if ((isDigit(d) || (Q[d] & MAG_NEXT) !== 0) && afterBefore(text, s, p, e, d, MAGNITUDES[mag - 1], m)) return true;
    }
  }
  return afterBefore(text, s, p, p, c, '', m);
}

/** The range (`\s*mark\s*NUM`, tried first) and the unit, after group 2 (ending at `p`). */
function afterBefore(text: string, s: number, numEnd: number, p: number, cp: number, before: string, m: QuantityMatch): boolean {
  if ((Q[cp] & (WHITE | RANGE_MARK)) !== 0) {
    let q = p;
    let c = cp;
    while ((Q[c] & WHITE) !== 0) c = text.charCodeAt(++q);
    if ((Q[c] & RANGE_MARK) !== 0) {
      let r = q + 1;
      while ((Q[text.charCodeAt(r)] & WHITE) !== 0) r++;
      if (isDigit(text.charCodeAt(r))) {
        const e2 = digitsEnd(text, r + 1);
        const f2 = fractionEnd(text, e2);
        // NUM with its fraction first.
        if (f2 >= 0 && unitAt(text, f2, text.charCodeAt(f2), m)) {
          setMatch(m, s, numEnd, before, charString(c), r, f2);
          return true;
        }
        if (unitAt(text, e2, text.charCodeAt(e2), m)) {
          setMatch(m, s, numEnd, before, charString(c), r, e2);
          return true;
        }
      }
    }
  }
  if (unitAt(text, p, cp, m)) {
    setMatch(m, s, numEnd, before, '', -1, -1);
    return true;
  }
  return false;
}
function setMatch(
  m: QuantityMatch,
  s: number,
  numEnd: number,
  before: string,
  rangeMark: string,
  num2Start: number,
  num2End: number,
): void {
  m.start = s;
  m.numEnd = numEnd;
  m.before = before;
  m.rangeMark = rangeMark;
  m.num2Start = num2Start;
  m.num2End = num2End;
}

/** Group 5 (a blank first when there is one, as UNIT_BLANK? is greedy) and group 6 at `u`. */
function unitAt(text: string, u: number, c: number, m: QuantityMatch): boolean {
  if ((Q[c] & UNIT_BLANK_CHAR) !== 0 && unitBody(text, u + 1, text.charCodeAt(u + 1), m)) {
    finishUnit(text, u, m);
    return true;
  }
  if (unitBody(text, u, c, m)) {
    finishUnit(text, u, m);
    return true;
  }
  return false;
}
/** Group 6 after group 5 (`[u, m.unitEnd)`). */
function finishUnit(text: string, u: number, m: QuantityMatch): void {
  m.unitStart = u;
  const e = m.unitEnd;
  let qualifier = '';
  const c = text.charCodeAt(e);
  if (c === 0x4ee5 /* 以 */ || c === 0x5de6 /* 左 */ || c === 0x4e0a /* 上 */)
    for (const w of QUALIFIERS)
      if (text.startsWith(w, e)) {
        qualifier = w;
        break;
      }
  m.qualifier = qualifier;
  m.end = e + qualifier.length;
}

/** `元以上` (`元及以上`, `元级`) and a Chinese character at `i`: the class of `N个亿元以上项目` (unitBody). */
function classCounted(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x5143 /* 元 */) return false;
  let j = i + 1;
  if (text.startsWith('以上', j)) j += 2;
  else if (text.startsWith('及以上', j)) j += 3;
  else if (text.charCodeAt(j) === 0x7ea7 /* 级 */ || text.charCodeAt(j) === 0x7d1a /* 級 */) j += 1;
  else return false;
  const c = text.charCodeAt(j);
  return c >= 0x4e00 && c <= 0x9fff;
}

// The forms of group 5 (see QuantityMatch.form), one range of numbers per alternative.
const W = UNIT_WORDS.length + 1;
const P = PER_UNIT_WORDS.length + 1;
const FORM_ALT3 = 16;
const FORM_ALT4 = 64;
const FORM_ALT5 = FORM_ALT4 + 3 * 8 * 3 * W * P;
const FORM_ALT6 = FORM_ALT5 + 8 * (CURRENCIES.length + 1);
const FORM_ALT7 = FORM_ALT6 + 3 * 8;
/** Every form is below this. */
export const FORMS = FORM_ALT7 + 1;
/** For 余 1, 多 2, else 0. */
function moreOf(c: number): number {
  return c === 0x4f59 ? 1 : c === 0x591a ? 2 : 0;
}

/** Group 5 without the blank before it, at `b`: its alternatives in order; sets m.unitEnd and m.form. */
function unitBody(text: string, b: number, c: number, m: QuantityMatch): boolean {
  // (?<=\.\d+)年, the last alternative (no other starts with 年): years as a level, right after a fraction only.
  if (c === 0x5e74 /* 年 */) {
    if (!fractionBefore(text, b)) return false;
    m.unitEnd = b + 1;
    m.form = FORM_ALT7;
    return true;
  }
  if ((Q[c] & UNIT_START) === 0) return false;
  // [%％‰]
  if (c === 0x25 || c === 0xff05 || c === 0x2030) {
    m.unitEnd = b + 1;
    m.form = c === 0x25 ? 1 : c === 0xff05 ? 2 : 3;
    return true;
  }
  // [个個][亿億](?!元(?:以上|及以上|级|級)[\u4e00-\u9fff])(?:CURRENCY)?: not `6000个亿元以上项目` (thirty-fourth blind set 697, form
  // 730), a count of projects of a class, where the spoken 个亿 (`4.9个亿`) takes no 元.
  if (c === 0x4e2a /* 个 */ || c === 0x500b /* 個 */) {
    const d = text.charCodeAt(b + 1);
    if ((d === 0x4ebf /* 亿 */ || d === 0x5104) /* 億 */ && !classCounted(text, b + 2)) {
      const k = wordAt(text, b + 2, text.charCodeAt(b + 2), CURRENCIES_BY_FIRST);
      m.unitEnd = b + 2 + (k ? wordLength : 0);
      m.form = FORM_ALT3 + ((c === 0x4e2a ? 0 : 2) + (d === 0x4ebf ? 0 : 1)) * 8 + k;
      return true;
    }
  }
  // [余多]?(?:MAGNITUDE)?[余多]?(?:CURRENCY|COUNT_UNITS)(?:/(?:PER_UNITS))?, each optional part present first
  // (`c1`, `c2`, `c3`: the characters at p1, p2, p3).
  const pre = moreOf(c);
  for (let withPre = pre ? 1 : 0; withPre >= 0; withPre--) {
    const p1 = b + withPre;
    const c1 = withPre ? text.charCodeAt(p1) : c;
    const magnitude = (Q[c1] & MAG_FIRST) !== 0;
    // The two-character magnitude, the single character, none.
    for (let step = magnitude ? 0 : 2; step < 3; step++) {
      const mag = step < 2 ? magnitudeAt(text, p1, step) : 0;
      if (step < 2 && !mag) continue;
      const p2 = p1 + MAG_LENGTH[mag];
      const c2 = mag ? text.charCodeAt(p2) : c1;
      const post = moreOf(c2);
      for (let withPost = post ? 1 : 0; withPost >= 0; withPost--) {
        const p3 = p2 + withPost;
        const k = wordAt(text, p3, withPost ? text.charCodeAt(p3) : c2, UNITS_BY_FIRST);
        if (!k) continue;
        if (wordLength === 1 && BEFORE_MARK[text.charCodeAt(p3)] === 1 && inCjkRange(text.charCodeAt(p3 + 1))) continue;
        let p4 = p3 + wordLength;
        let per = 0;
        // `/` with a blank of scraped text on either side (`0.045 次/ 万公顷`) or none.
        const slash = (Q[text.charCodeAt(p4)] & UNIT_BLANK_CHAR) !== 0 && text.charCodeAt(p4 + 1) === 0x2f ? p4 + 1 : p4;
        if (text.charCodeAt(slash) === 0x2f /* / */) {
          const w = (Q[text.charCodeAt(slash + 1)] & UNIT_BLANK_CHAR) !== 0 ? slash + 2 : slash + 1;
          per = wordAt(text, w, text.charCodeAt(w), PER_BY_FIRST);
          if (per) p4 = w + wordLength;
        }
        m.unitEnd = p4;
        m.form = FORM_ALT4 + ((((withPre ? pre : 0) * 8 + mag) * 3 + (withPost ? post : 0)) * W + k) * P + per;
        return true;
      }
    }
  }
  // (?:MAGNITUDE)UNIT_BLANK(?:CURRENCY)
  for (let step = 0; step < 2; step++) {
    const mag = magnitudeAt(text, b, step);
    if (!mag) continue;
    const p = b + MAG_LENGTH[mag];
    if ((Q[text.charCodeAt(p)] & UNIT_BLANK_CHAR) === 0) continue;
    const k = wordAt(text, p + 1, text.charCodeAt(p + 1), CURRENCIES_BY_FIRST);
    if (!k) continue;
    m.unitEnd = p + 1 + wordLength;
    m.form = FORM_ALT5 + mag * (CURRENCIES.length + 1) + k;
    return true;
  }
  // [余多]?(?:MAGNITUDE)
  for (let withPre = pre ? 1 : 0; withPre >= 0; withPre--) {
    const p1 = b + withPre;
    const mag = magnitudeAt(text, p1, 0) || magnitudeAt(text, p1, 1);
    if (!mag) continue;
    m.unitEnd = p1 + MAG_LENGTH[mag];
    m.form = FORM_ALT6 + (withPre ? pre : 0) * 8 + mag;
    return true;
  }
  return false;
}
