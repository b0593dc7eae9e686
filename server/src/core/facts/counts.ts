/**
 * Counts a document announces and the items it lists for them, in the three shapes where the
 * list is unambiguous:
 * - a quoted count with its items in brackets right after: `“三个重点”（外贸重点企业、内贸重点工程、外经重点项目）`;
 * - a count that a run-in series follows at once: `重点抓好三个方面：一是……二是……三是……`;
 * - one value shared by a list of metrics: `A率、B率和C率“三个100%”`.
 * Set phrases that list nothing (`三个代表`, `两个维护`, `五位一体`) have no list here, so they are
 * never compared with anything. Items are counted at the top level of the list, split at 、; a
 * 和/及/与 may join the last two or belong to an item, so it only widens the range a count may take.
 */
import { lineAt, lowerBound, type DocumentModel } from '../model/model';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { damagedLines } from './damage';

export interface CountStatement {
  /** The numeral of the count, e.g. `三` in `“三个重点”`. */
  readonly numeralStart: number;
  readonly numeralEnd: number;
  readonly count: number;
  /** The counted phrase as written: `三个重点`. */
  readonly phrase: string;
  /** Fewest and most items the list can hold (和/及 may or may not separate items). */
  readonly minItems: number;
  readonly maxItems: number;
  readonly shape: 'brackets' | 'series' | 'shared';
  /** Where the list is, for the related location. */
  readonly listStart: number;
  readonly listEnd: number;
}

const NUM = '[一二三四五六七八九十两]{1,3}|\\d{1,2}';
/** `“三个重点”（`: a quoted count, its items in brackets after it. */
const RE_BRACKETED = new RegExp(`“([\\u4e00-\\u9fff]{0,2}?)(${NUM})([个项大条类种张件支])?([\\u4e00-\\u9fff]{1,6})”[（(]`, 'y');
/** `三个方面：一是` / `“三个重点”：一是`. (Exported for the equivalence test of seriesMatches.) */
export const RE_SERIES = new RegExp(
  `(${NUM})([个项条类种件大点])([\\u4e00-\\u9fff]{1,8}?)(?:”)?[：:]\\s*(?=一是|一要|第一[，,]|其一[，,])`,
  'g',
);
/** `“三个100%”`. */
/** Where RE_SERIES's lookahead holds: every match of it ends right before one of these. */
const RE_SERIES_NEXT = /一是|一要|第一[，,]|其一[，,]/g;
/** The most characters a RE_SERIES match holds before its colon (numeral 3, 个 1, phrase 8, ” 1). */
const SERIES_BEFORE_COLON = 13;
const RE_SPACE = /\s/;

/**
 * RE_SERIES's matches, exactly as `text.matchAll(RE_SERIES)` gives them, searched only from where
 * one can end: a colon and spaces before a 一是 / 一要 / 第一， / 其一， (the regex run over the whole
 * text tried its numeral class at every character: most of this fact's time).
 */
export function seriesMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  RE_SERIES_NEXT.lastIndex = 0;
  for (let t = RE_SERIES_NEXT.exec(text); t; t = RE_SERIES_NEXT.exec(text)) {
    if (t.index < from) continue;
    let colon = t.index - 1;
    while (colon >= from && RE_SPACE.test(text[colon])) colon--;
    if (colon < from || (text[colon] !== '：' && text[colon] !== ':')) continue;
    // The leftmost match from here: one ending at this 一是, or (none there) the next one further on.
    RE_SERIES.lastIndex = Math.max(from, colon - SERIES_BEFORE_COLON);
    const m = RE_SERIES.exec(text);
    if (!m) break;
    out.push(m);
    from = RE_SERIES.lastIndex;
    if (RE_SERIES_NEXT.lastIndex < from) RE_SERIES_NEXT.lastIndex = from;
  }
  return out;
}

const RE_SHARED = new RegExp(`“(${NUM})个(\\d+(?:\\.\\d+)?[%％]?)”`, 'y');

/**
 * The matches of `re` (sticky, a pattern that starts with “) in `text`, as a global search gives
 * them: tried at each “ after the last match, where `may` allows one (the text's quotation marks
 * are many; the regex run over the whole text tried each of them in full).
 */
function* quotedMatches(text: string, re: RegExp, may: (text: string, at: number) => boolean): Generator<RegExpExecArray> {
  for (let q = text.indexOf('“'); q >= 0; q = text.indexOf('“', q + 1)) {
    if (!may(text, q)) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (!m) continue;
    yield m;
    q = re.lastIndex - 1;
  }
}

/**
 * RE_BRACKETED can match at `at` only when the first ” within its 15 characters is followed by a
 * bracket: nothing it holds between the quotation marks is a ”.
 */
function bracketsAfter(text: string, at: number): boolean {
  for (let k = at + 1, end = Math.min(text.length, at + 15); k < end; k++)
    if (text.charCodeAt(k) === 0x201d) return text[k + 1] === '（' || text[k + 1] === '(';
  return false;
}

/** RE_SHARED can match at `at` only with a numeral after the “. */
function numeralAfter(text: string, at: number): boolean {
  return NUMERAL_START.test(text[at + 1] ?? '');
}
const NUMERAL_START = /^[一二三四五六七八九十两\d]$/;
const JOINERS = /以及|和|及|与|并/g;
const NUMERAL_CHAR = /[一二三四五六七八九十两百\d]/;

function countOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s.replace(/两/g, '二'));
}

/** The top-level items of `text` split at 、, or undefined when the text is no plain list. */
function listItems(text: string): { min: number; max: number } | undefined {
  let depth = 0;
  let seps = 0;
  let lastSep = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ('（(“《【‘'.includes(c)) depth++;
    else if ('）)”》】’'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (c === '、') {
        seps++;
        lastSep = i;
      } else if ('，,；;：:。'.includes(c)) return undefined;
    }
  }
  if (seps === 0) return undefined;
  const last = text.slice(lastSep + 1);
  // `A、B、C等`: the list is open.
  if (/等[\u4e00-\u9fff]{0,2}$/.test(text)) return undefined;
  const joiners = (last.match(JOINERS) ?? []).length;
  return { min: seps + 1, max: seps + 1 + joiners };
}

/** The end of the bracket opened at `open` on the same line, or -1. */
function closingBracket(text: string, open: number, lineEnd: number): number {
  let depth = 0;
  for (let i = open; i < lineEnd && i < open + 300; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Every count with an unambiguous list, in document order. */
export function countStatements(model: DocumentModel): CountStatement[] {
  const { text, lines } = model;
  const out: CountStatement[] = [];
  let damaged: Uint8Array | undefined;
  // Computed only when a candidate is found (most documents have none).
  const isDamaged = (line: number) => (damaged ??= damagedLines(model))[line] === 1;
  for (const m of quotedMatches(text, RE_BRACKETED, bracketsAfter)) {
    if (NUMERAL_CHAR.test(m[4])) continue; // 三上门两加强: two counts in one phrase
    const li = lineAt(lines, m.index);
    if (isDamaged(li)) continue;
    const open = m.index + m[0].length - 1;
    const close = closingBracket(text, open, lines[li].end);
    if (close < 0) continue;
    const items = listItems(text.slice(open + 1, close));
    if (!items) continue;
    const numeralStart = m.index + 1 + m[1].length;
    out.push({
      numeralStart,
      numeralEnd: numeralStart + m[2].length,
      count: countOf(m[2]),
      phrase: m[1] + m[2] + (m[3] ?? '') + m[4],
      minItems: items.min,
      maxItems: items.max,
      shape: 'brackets',
      listStart: open + 1,
      listEnd: close,
    });
  }
  for (const m of seriesMatches(text)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    // 至少有十个亮点：一是… / 第三个方面 / 十三个: the count is a bound, an ordinal or part of a longer numeral.
    if (/(?:至少|不少于|不止|超过|多于|第)有?$/.test(before) || NUMERAL_CHAR.test(before.slice(-1))) continue;
    if (NUMERAL_CHAR.test(m[3])) continue;
    const li = lineAt(lines, m.index);
    if (isDamaged(li)) continue;
    const first = m.index + m[0].length + (/^\s*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
    const item = model.enumerations[lowerBound(model.enumerations, (e) => e.start, first)];
    if (!item || item.start !== first || item.value !== 1) continue;
    const series = model.series[item.series];
    const values = series.items.map((e) => e.value);
    // A series that skips or repeats is enumeration-gap's finding, not a count to compare.
    if (series.strays || values.some((v, i) => v !== i + 1)) continue;
    if (series.items.some((e) => isDamaged(e.line))) continue;
    const n = series.items.length;
    const last = series.items[n - 1];
    // The next item written further on (`四是` after a series of three the parser cut short): the
    // list is not certain.
    const next = toChineseNumeral(n + 1) + last.marker.slice(-1);
    if (last.family === 'shi' || last.family === 'yao' ? text.slice(last.markerEnd, last.markerEnd + 3000).includes(next) : false) continue;
    out.push({
      numeralStart: m.index,
      numeralEnd: m.index + m[1].length,
      count: countOf(m[1]),
      phrase: m[1] + m[2] + m[3],
      minItems: n,
      maxItems: n,
      shape: 'series',
      listStart: item.start,
      listEnd: last.markerEnd,
    });
  }
  for (const m of quotedMatches(text, RE_SHARED, numeralAfter)) {
    const li = lineAt(lines, m.index);
    if (isDamaged(li)) continue;
    let from = m.index;
    while (from > lines[li].start && !'，,。；;：:！？!?（('.includes(text[from - 1])) from--;
    const clause = text.slice(from, m.index);
    // The metrics end right before the value (`…和C率“三个100%”`, also `…和C率均达到“三个100%”`).
    const list = clause.replace(/(?:均|都|全部|分别)?(?:达到|实现|保持|做到)?$/, '');
    if (!/[率数量度比]$/.test(list)) continue;
    // Each metric ends in 率/数/…: the list splits exactly there (a 和 inside a metric's name stays in it).
    const metrics = list.split(/(?<=[率数量度比])(?:、|以及|和|及|与)/).length;
    if (metrics < 2) continue;
    const items = { min: metrics, max: metrics };
    out.push({
      numeralStart: m.index + 1,
      numeralEnd: m.index + 1 + m[1].length,
      count: countOf(m[1]),
      phrase: `${m[1]}个${m[2]}`,
      minItems: items.min,
      maxItems: items.max,
      shape: 'shared',
      listStart: from,
      listEnd: m.index,
    });
  }
  // A count of one is a name, not a count: “一网通办”, “一件事”, “一县一品”.
  return out.filter((s) => Number.isFinite(s.count) && s.count > 1).sort((a, b) => a.numeralStart - b.numeralStart);
}
