/**
 * Recognising one numbering marker at a position, and writing markers back (renumbering,
 * normalising). Traps that look like markers but are not (PM2.5's `2.5`, `1.5亿`, `第一、二轮`,
 * `1匯…`, `20.2026年`) are rejected here.
 */
import type { MarkerFamily, MarkerVariant } from './model';
import {
  CN_NUMERAL_CHARS,
  FORMAL_NUMERAL_CHARS,
  parseChineseNumeral,
  parseCircled,
  parseFormalNumeral,
  toChineseNumeral,
  toCircled,
  toFormalNumeral,
} from '../text/numerals';
import { addChars, classTable, isDigit, isLineBlank } from '../text/chars';

export interface MarkerMatch {
  readonly family: MarkerFamily;
  readonly variant: MarkerVariant;
  readonly value: number;
  /** Offset just after the marker. */
  readonly end: number;
  readonly text: string;
}

const CN = `[${CN_NUMERAL_CHARS}]{1,4}`;
// Sticky regexes, tried at one position.
// `第一部分　2024年工作回顾`: the parts of a report or plan, the level of a chapter.
const RE_CHAPTER = new RegExp(`第(${CN})([章节節条條]|部分)`, 'y');
// `第1条`, `第 1 2 条` (a scrape's spaced token): Arabic numbers, blanks allowed inside.
const RE_CHAPTER_AR = /第[ \u3000]?([0-9０-９](?:[ \u3000]?[0-9０-９]){0,2})[ \u3000]?([章节節条條])/y;
/** Variant prefix of a chapter, section or article numbered in Arabic digits (`第1条`). */
export const ARABIC_CHAPTER = '#';
// `三 、`: a scrape or a careless typist puts a space inside the token.
// `一(yī)、`: a copy that glosses characters with pinyin (a tone-marked syllable in brackets) puts one between the numeral and 、.
const RE_CN = new RegExp(`(${CN})(?:[ \u3000](?=、)|\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)(?=、))?([、.．])`, 'y');
const RE_CN_PAREN = new RegExp(`([（(])(${CN})([）)])([、.．，,]*)`, 'y');
const RE_FORMAL = new RegExp(`([${FORMAL_NUMERAL_CHARS}]{1,3})(?:[ \\u3000](?=、))?([、.．])`, 'y');
// Full-width digits (`１．`) are digits too.
// `2 .`: a space inside the token, as in `三 、` (a document site's text layer writes them so).
// U+FE52 SMALL FULL STOP (`1﹒`, a Traditional copy's, thirty-fourth blind set 709, form 740) is the same stop.
const RE_AR = /([0-9０-９]{1,3})(?:[ \u3000](?=[、.．﹒]))?([、.．﹒])/y;
const RE_AR_PAREN = /([（(])([0-9０-９]{1,3})([）)])([、.．，,]*)/y;

/** The value of ASCII or full-width digits. */
function digitValue(s: string): number {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return v;
}

// Character classes by UTF-16 unit (text/chars.ts).
const NUMERAL = 1;
/** After `一、二`, these make a list of numerals (一、二等奖, 一、二季度), not a heading. */
const LIST_FOLLOWER = 2;
const CLASS = classTable();
addChars(CLASS, CN_NUMERAL_CHARS, NUMERAL);
const FORMAL = 4;
addChars(CLASS, FORMAL_NUMERAL_CHARS, FORMAL);
addChars(CLASS, '、，,等季级类产线批期轮届年月号次', LIST_FOLLOWER);
const isNumeral = (c: number) => (CLASS[c] & NUMERAL) !== 0;
/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ (see parseCircled). */
const isCircled = (c: number) => (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Tries to read a heading marker at `pos` (which must be where a heading may start);
 * `limit` is the end of the line. With `alone`, `一、` and `1.` may end the line (a marker a scrape
 * put on a line of its own, its title on the next).
 */
export function matchMarker(text: string, pos: number, limit: number, alone = false): MarkerMatch | undefined {
  // Nothing left on the line (`附件2：` at the very end of the text): no marker, and no crash.
  if (pos >= limit || pos >= text.length) return undefined;
  const c = text.charCodeAt(pos);
  let m: RegExpExecArray | null;
  if (c === 0x7b2c /* 第 */) {
    const arabic = exec(RE_CHAPTER_AR, text, pos);
    if ((m = arabic ?? exec(RE_CHAPTER, text, pos))) {
      const value = arabic ? digitValue(m[1].replace(/[ \u3000]/g, '')) : parseChineseNumeral(m[1]);
      const end = pos + m[0].length;
      // 第一章 总则 / 第一条 为了…: a space or the line end follows in real documents.
      const next = text.charCodeAt(end);
      const part = m[2] === '部分';
      // `第七条【信息公示】施工许可证…`: an article's title in 【】 right after its number (a form of the
      // regulations of some cities) is as good as the blank (form 248).
      const bracketTitle = next === 0x3010 /* 【 */ && (m[2] === '条' || m[2] === '條');
      // `第一章发展基础` (blind form 503): a chapter's or a section's title glued to its number, when the rest of the line is a
      // short title (16 characters at most, no sentence mark or comma); an article's glued words are a sentence (`第一条为了…`).
      const gluedTitle =
        (m[2] === '章' || m[2] === '节' || m[2] === '節') && !isLineBlank(next) && end < limit && shortTitleRest(text, end, limit);
      if (
        value > 0 &&
        (end >= limit || isLineBlank(next) || bracketTitle || gluedTitle || (part && (next === 0xff1a /* ： */ || next === 58)))
      ) {
        const suffix = m[2] === '節' ? '节' : m[2] === '條' ? '条' : m[2];
        const family: MarkerFamily = suffix === '章' || part ? 'chapter' : suffix === '节' ? 'section' : 'article';
        // `第二部分：2025年工作安排`: the colon belongs to the marker, the title follows it.
        const colon = part && (next === 0xff1a || next === 58) ? 1 : 0;
        const variant = (arabic ? ARABIC_CHAPTER : '') + m[2] + (colon ? text[end] : '');
        return { family, variant, value, end: end + colon, text: text.slice(pos, end + colon) };
      }
    }
    return undefined;
  }
  if (c === 0xff08 /* （ */ || c === 40 /* ( */) {
    if ((m = exec(RE_CN_PAREN, text, pos))) {
      const value = parseChineseNumeral(m[2]);
      if (value > 0 && !followsAsList(text, pos + m[0].length, limit, value)) {
        return { family: 'cn-paren', variant: m[1] + m[3] + m[4], value, end: pos + m[0].length, text: m[0] };
      }
    } else if ((m = exec(RE_AR_PAREN, text, pos))) {
      const value = digitValue(m[2]);
      const end = pos + m[0].length;
      // (1) followed by a digit or % is arithmetic, not a marker.
      if (value > 0 && !(end < limit && (isDigit(text.charCodeAt(end)) || text[end] === '%'))) {
        return { family: 'ar-paren', variant: m[1] + m[3] + m[4], value, end, text: m[0] };
      }
    }
    return undefined;
  }
  if (isDigit(c)) {
    if ((m = exec(RE_AR, text, pos))) {
      const end = pos + m[0].length;
      const value = digitValue(m[1]);
      if (value <= 0 || m[1].startsWith('0') || m[1].startsWith('０')) return undefined;
      // 1.5亿, 2.5 (PM2.5), 20.2026年, 1、2月: a digit after the mark is a number, not a heading;
      // unless the number after 、 is the marker's own (`4、4月末各项存款余额…`: a list never repeats a number).
      if (end < limit && isDigit(text.charCodeAt(end)) && !(m[2] === '、' && sameNumberAfter(text, end, limit, m[1]))) return undefined;
      if (end >= limit && !alone) return undefined; // a bare `3.` on its own line carries no heading
      if (m[2] !== '、' && (text[end] === '%' || text[end] === '．' || text[end] === '.' || text[end] === '﹒')) return undefined;
      return { family: 'ar', variant: m[2], value, end, text: m[0] };
    }
    // `1️⃣ 经济发展稳中向好，…`: a keycap emoji (a digit, U+FE0F, U+20E3), as social-media copies number
    // their items; a marker of the circled level, its variant the keycap (renumbering writes keycaps).
    const k = text.charCodeAt(pos + 1) === 0xfe0f ? pos + 2 : pos + 1;
    if (text.charCodeAt(k) === 0x20e3 && c !== 0x30 && k + 1 < limit) {
      return { family: 'circled', variant: KEYCAP, value: c - 0x30, end: k + 1, text: text.slice(pos, k + 1) };
    }
    return undefined;
  }
  if (isNumeral(c)) {
    if ((m = exec(RE_CN, text, pos))) {
      const value = parseChineseNumeral(m[1]);
      const end = pos + m[0].length;
      if (value > 0 && (end < limit || alone) && !followsAsList(text, end, limit, value)) {
        return { family: 'cn', variant: m[2], value, end, text: m[0] };
      }
    }
    return undefined;
  }
  if ((CLASS[c] & FORMAL) !== 0) {
    // 壹、總體目標: the level above 一、 in Traditional-script plans.
    if ((m = exec(RE_FORMAL, text, pos))) {
      const value = parseFormalNumeral(m[1]);
      const end = pos + m[0].length;
      if (value > 0 && (end < limit || alone) && m[2] === '、') return { family: 'cn-formal', variant: m[2], value, end, text: m[0] };
    }
    return undefined;
  }
  // One character for a whole marker, as Word's and WPS's text output writes them: ㈠ (（一）),
  // ⑴ (（1）), ⒈ (1.). Their variant is the character of one, so renumbering writes the same form.
  if ((c >= 0x2474 && c <= 0x249b) || (c >= 0x3220 && c <= 0x3229)) {
    const enclosed = ENCLOSED.find(([from, to]) => c >= from && c <= to);
    if (enclosed && pos + 1 < limit) {
      const [from, , family] = enclosed;
      return { family, variant: String.fromCharCode(from), value: c - from + 1, end: pos + 1, text: text[pos] };
    }
  }
  const circled = isCircled(c) ? parseCircled(text[pos]) : NaN;
  if (circled > 0 && pos + 1 < limit) {
    return { family: 'circled', variant: '', value: circled, end: pos + 1, text: text[pos] };
  }
  return undefined;
}

/**
 * `行动1：加强规划引领`, `——任务1：协同开展…`, `措施一：…` (blind form 300): a label word, a number and a colon at `pos`, a
 * title after it. The variant is the label, `#` for Arabic digits, and the colon (`行动#：`), so a label is a level of its own
 * and renumbering writes the same form. Only the line loop of the parser asks for it, and it keeps one only in a sequence
 * (parse.ts: the first with a second of its label after it, a later one after the one before it).
 */
export function matchLabelled(text: string, pos: number, limit: number): MarkerMatch | undefined {
  if (!LABEL_FIRST.has(text.charCodeAt(pos))) return undefined;
  const m = exec(RE_LABELLED, text, pos);
  if (!m) return undefined;
  const end = pos + m[0].length;
  const value = m[2] ? digitValue(m[2]) : parseChineseNumeral(m[3]);
  const next = text.charCodeAt(end);
  if (!(value > 0) || end >= limit || !((next >= 0x4e00 && next <= 0x9fff) || next === 0x300a /* 《 */ || next === 0x201c) /* “ */)
    return undefined;
  const label = m[1];
  return { family: 'labelled', variant: label + (m[2] ? '#' : '') + m[4], value, end, text: m[0] };
}
const LABEL_WORDS = '专项行动|專項行動|重点任务|重點任務|行动|行動|任务|任務|措施|举措|舉措';
const LABEL_FIRST = new Set(LABEL_WORDS.split('|').map((w) => w.charCodeAt(0)));
const RE_LABELLED = new RegExp(`(${LABEL_WORDS})(?:([0-9０-９]{1,2})|([一二三四五六七八九十]{1,3}))([：:])`, 'y');
/** The lead-in dash before a labelled marker (`——任务1：`): where the marker starts, or `pos` when there is none. */
export function labelledLead(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  return (c === 0x2014 || c === 0x2015) && text.charCodeAt(pos + 1) === c ? pos + 2 : pos;
}

/**
 * A bare number at `pos` (`1`, `12`, `１`: one to three digits, not starting with 0) as an Arabic
 * marker with no punctuation (variant ''). Never a heading by itself: the caller needs structural
 * evidence (a 序号 column, a run of consecutive items, the next number of an open list).
 */
export function matchBareNumber(text: string, pos: number, limit: number): MarkerMatch | undefined {
  let end = pos;
  while (end < limit && end - pos < 4 && isDigit(text.charCodeAt(end))) end++;
  if (end === pos || end - pos > 3 || (end < limit && isDigit(text.charCodeAt(end)))) return undefined;
  const digits = text.slice(pos, end);
  if (digits.startsWith('0') || digits.startsWith('０')) return undefined;
  return { family: 'ar', variant: '', value: digitValue(digits), end, text: digits };
}

/** Characters that are whole markers: first, last, family (their variant is the first character). */
const ENCLOSED: ReadonlyArray<readonly [number, number, MarkerFamily]> = [
  [0x3220, 0x3229, 'cn-paren'], // ㈠…㈩
  [0x2474, 0x2487, 'ar-paren'], // ⑴…⒇
  [0x2488, 0x249b, 'ar'], // ⒈…⒛
];

/** The enclosed character for `value` in the range whose first character is `variant`, if it has one. */
function enclosedMarker(variant: MarkerVariant, value: number): string | undefined {
  const range = variant.length === 1 ? ENCLOSED.find(([from]) => from === variant.charCodeAt(0)) : undefined;
  return range && value >= 1 && value <= range[1] - range[0] + 1 ? String.fromCharCode(range[0] + value - 1) : undefined;
}

/**
 * `(一)三次产业协同升级。`, `（一）二产提速。`: a bracketed Chinese marker, closed by its bracket and nothing after it, that
 * matchMarker refuses only because a numeral word follows it (as in `一、二季度`). Whether it is a heading is the parser's to say
 * (parse.ts numeralTitle: the structure around it).
 */
export function matchNumeralTitled(text: string, pos: number, limit: number): MarkerMatch | undefined {
  const c = text.charCodeAt(pos);
  if (c !== 0xff08 /* （ */ && c !== 40 /* ( */) return undefined;
  const m = exec(RE_CN_PAREN, text, pos);
  if (!m || m[4] !== '') return undefined;
  const end = pos + m[0].length;
  const value = parseChineseNumeral(m[2]);
  if (!(value > 0) || end >= limit || !isNumeral(text.charCodeAt(end))) return undefined;
  return { family: 'cn-paren', variant: m[1] + m[3], value, end, text: m[0] };
}

/** `一、二季度`, `（一）、（二）`: the marker is the first of a list of numerals. */
function followsAsList(text: string, end: number, limit: number, value: number): boolean {
  if (end >= limit) return false;
  const ch = text.charCodeAt(end);
  if (isNumeral(ch)) {
    let i = end;
    while (i < limit && isNumeral(text.charCodeAt(i))) i++;
    if (!(i < limit && (CLASS[text.charCodeAt(i)] & LIST_FOLLOWER) !== 0)) return false;
    // A list of numerals counts up (`一、二季度`); `一、一季度工作总结`, `二、一季度情况` are headings
    // whose titles start with a numeral.
    const next = parseChineseNumeral(text.slice(end, i));
    // Years of a span are listed by the next number (`一、二年内`, one or two years); a later one is the
    // title's own span (`一、五年政府工作回顾`, `一、十年成就`: form 341). Grades (`一、三年级`) count up as lists do.
    if (text.charCodeAt(i) === 0x5e74 /* 年 */ && text.charCodeAt(i + 1) !== 0x7ea7 /* 级 */) return next === value + 1;
    return next > value;
  }
  return ch === 0xff08 /* （ */ || ch === 40 /* ( */ ? /^[（(][一二三四五六七八九十]+[）)]/.test(text.slice(end, end + 6)) : false;
}

/** Writes the marker of `family` and `variant` for `value` (renumbering keeps the variant). */
export function formatMarker(family: MarkerFamily, variant: MarkerVariant, value: number): string {
  switch (family) {
    case 'chapter':
    case 'section':
    case 'article':
      return variant.startsWith(ARABIC_CHAPTER) ? `第${value}${variant.slice(1)}` : `第${toChineseNumeral(value)}${variant}`;
    case 'cn':
      return toChineseNumeral(value) + variant;
    case 'cn-formal':
      return toFormalNumeral(value) + variant;
    case 'cn-paren':
      if (variant === '㈠') return enclosedMarker(variant, value) ?? `（${toChineseNumeral(value)}）`;
      return variant[0] + toChineseNumeral(value) + variant.slice(1);
    case 'ar':
      if (variant === '⒈') return enclosedMarker(variant, value) ?? `${value}.`;
      return String(value) + variant;
    case 'ar-paren':
      if (variant === '⑴') return enclosedMarker(variant, value) ?? `（${value}）`;
      return variant[0] + String(value) + variant.slice(1);
    case 'circled':
      return variant === KEYCAP && value >= 1 && value <= 9 ? `${value}\ufe0f${KEYCAP}` : toCircled(value);
    case 'labelled': {
      const arabic = variant.includes('#');
      const label = variant.slice(0, arabic ? variant.indexOf('#') : -1);
      return label + (arabic ? String(value) : toChineseNumeral(value)) + variant.slice(-1);
    }
  }
}
/** The variant of a keycap marker (`1️⃣`): the combining keycap. */
const KEYCAP = '\u20e3';

/** Whether `[from, limit)` (the rest of a line) is a short title: 2 to 16 characters, no sentence mark or comma. */
function shortTitleRest(text: string, from: number, limit: number): boolean {
  let e = limit;
  while (e > from && isLineBlank(text.charCodeAt(e - 1))) e--;
  if (e - from < 2 || e - from > 16) return false;
  for (let i = from; i < e; i++) if ('。，,；;！？!?：:、'.includes(text[i])) return false;
  return true;
}

/** The GB/T 15834 form of a family's marker: `一、` `（一）` `1.` `（1）` `①` `第一章/节/条`. */
export function standardVariant(family: MarkerFamily): MarkerVariant {
  switch (family) {
    case 'cn':
    case 'cn-formal':
      return '、';
    case 'cn-paren':
    case 'ar-paren':
      return '（）';
    case 'ar':
      return '.';
    case 'chapter':
      return '章';
    case 'section':
      return '节';
    case 'article':
      return '条';
    case 'circled':
      return '';
    case 'labelled':
      return '行动#：';
  }
}

/** The canonical variant of a family under a profile (GB/T 15834, or the common `1、`). */
export function canonicalVariant(family: MarkerFamily, profile: 'common' | 'gbt', current: MarkerVariant): MarkerVariant {
  if (family === 'ar') return profile === 'gbt' ? '.' : current === '．' || current === '﹒' ? '.' : current;
  if (family === 'chapter' || family === 'section' || family === 'article') return current.replace('節', '节').replace('條', '条');
  // The label is the document's own word: its form is kept.
  if (family === 'labelled') return current;
  return standardVariant(family);
}

/**
 * The variant a marker would have once its clear punctuation error is fixed (`一.` → `、`,
 * `（一）、` → `（）`, `(一）` → `（）`); other variants are returned unchanged. The style-mixed
 * rule compares these, so one fault is reported once, by `marker-punctuation`.
 */
export function correctedVariant(family: MarkerFamily, variant: MarkerVariant): MarkerVariant {
  if (family === 'cn') return '、';
  if (family === 'cn-paren' || family === 'ar-paren') {
    const pair = variant.slice(0, 2);
    return pair === '(）' || pair === '（)' ? '（）' : pair;
  }
  return variant;
}

/** True for characters that may precede a run-in heading marker inside a line. */
export function isSentenceEnd(ch: string): boolean {
  return ch === '。' || ch === '！' || ch === '？' || ch === '；' || ch === '!' || ch === '?' || ch === ';';
}

/** Whether the digits at `at` are `digits` and end there (no further digit, no decimal point): `4、4月` after the marker `4、`. */
function sameNumberAfter(text: string, at: number, limit: number, digits: string): boolean {
  if (at + digits.length > limit || text.slice(at, at + digits.length) !== digits) return false;
  const next = text.charCodeAt(at + digits.length);
  return !isDigit(next) && next !== 0x2e /* . */ && next !== 0xff0e /* ． */ && next !== 0xfe52; /* ﹒ */
}
