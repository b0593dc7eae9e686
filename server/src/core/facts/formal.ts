/**
 * Formal elements of a 公文 (GB/T 9704-2012 §7.2.4, §7.3.5): the 发文字号 — organ code, year in
 * full inside 〔〕, number, 号 (`沪商发〔2024〕3号`) — and dates written `2025年1月15日`.
 * A 发文字号 is recognised by its whole shape (Han organ code, bracketed year, number, 号), never
 * by a bracketed year alone.
 */
import type { DocumentModel } from '../model/model';
import { markupMask } from './masks';
import { damagedLines } from './damage';

export interface DocumentNumber {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** The standard form, e.g. `沪商发〔2024〕3号`. */
  readonly standard: string;
  /** What is wrong: `bracket`, `ordinal` (第), `zeros`, `shortYear`. */
  readonly problems: readonly DocumentNumberProblem[];
}

export type DocumentNumberProblem = 'bracket' | 'ordinal' | 'zeros' | 'shortYear';

// Organ code: Han characters right before the bracket (国发, 国办函, 黔府办函, 沪商发).
// Found from the bracketed year on (a regex that starts at every Han character is slow), then the
// organ code is read backwards.
const RE_DOC_NUMBER = /([〔[【(（［])\s*(\d{4}|\d{2})\s*([〕\]】)）］])\s*(第?)\s*(\d{1,4})\s*([号號])/g;
const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** Organs that number their 公告/令 with 第 by rule (`公告〔2024〕第3号` is how they write it). */
const ORDINAL_OK = /(?:公告|通告|令)$/;

/** Every 发文字号 of the text that is not in the standard form. */
export function documentNumberProblems(model: DocumentModel): DocumentNumber[] {
  const { text } = model;
  const out: DocumentNumber[] = [];
  if (!/[号號]/.test(text)) return out;
  const mask = markupMask(text);
  RE_DOC_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(RE_DOC_NUMBER)) {
    const [tail, open, year, close, ordinal, number, hao] = m;
    let start = m.index;
    while (start > m.index - 10 && start > 0 && isHanCode(text.charCodeAt(start - 1))) start--;
    if (start === m.index || mask[m.index] || mask[m.index + tail.length - 1]) continue;
    const organ = text.slice(start, m.index);
    const whole = organ + tail;
    // The year sits right after the organ code; `〔2024〕` is a year between 1949 and 2099.
    const fullYear = year.length === 2 ? (Number(year) <= 49 ? 2000 + Number(year) : 1900 + Number(year)) : Number(year);
    if (fullYear < 1949 || fullYear > 2099) continue;
    const problems: DocumentNumberProblem[] = [];
    if (open !== '〔' || close !== '〕') problems.push('bracket');
    if (ordinal && !ORDINAL_OK.test(organ)) problems.push('ordinal');
    if (/^0/.test(number) && Number(number) > 0) problems.push('zeros');
    if (year.length === 2) problems.push('shortYear');
    if (!problems.length) continue;
    // A year in brackets inside a sentence about the year (`计划(2024)3号文件`) has no organ code
    // ending: the code ends with 发/函/字/办/令/文 or another code letter in real numbers, but any Han
    // character can; what makes it certain is the bracket, the number and 号 together.
    const standard = `${organ}〔${fullYear}〕${ordinal && ORDINAL_OK.test(organ) ? '第' : ''}${Number(number)}${hao}`;
    // Only the part from the bracket on changes.
    const from = start + organ.length;
    out.push({
      start: from,
      end: start + whole.length,
      written: whole.slice(organ.length),
      standard: standard.slice(organ.length),
      problems,
    });
  }
  return out;
}

export interface DateProblem {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly kind: 'zeros' | 'impossible';
  readonly line: number;
  /** The date without leading zeros (for `zeros`). */
  readonly standard?: string;
}

// The month first (a regex that starts with an optional year is tried at every character); the
// year is read backwards from it. Dates are what `/(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g` matches.
const RE_YEAR_BEFORE = /(\d{4})\s*年\s*$/;
const RE_MONTH_AT = /(\d{1,2})\s*月/y;
const RE_DAY_AT = /\s*(\d{1,2})\s*日/y;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The matches of that regex in `text`, found from each 月 (indexOf) instead of a regex scan
 * tried at every digit: the month's one or two digits stand just before it, white space
 * between, and the match starts at the leftmost of them not inside the previous match.
 */
function* monthDates(text: string): Generator<RegExpExecArray> {
  let lastEnd = 0;
  for (let q = text.indexOf('月'); q >= 0; q = text.indexOf('月', q + 1)) {
    let digitsEnd = q;
    while (digitsEnd > lastEnd && /\s/.test(text[digitsEnd - 1])) digitsEnd--;
    if (digitsEnd <= lastEnd || !isDigit(text.charCodeAt(digitsEnd - 1))) continue;
    const from = digitsEnd - 2 >= lastEnd && isDigit(text.charCodeAt(digitsEnd - 2)) ? digitsEnd - 2 : digitsEnd - 1;
    RE_MONTH_AT.lastIndex = from;
    const month = RE_MONTH_AT.exec(text);
    if (!month) continue;
    RE_DAY_AT.lastIndex = q + 1;
    const day = RE_DAY_AT.exec(text);
    const end = day ? RE_DAY_AT.lastIndex : q + 1;
    const m = [text.slice(from, end), month[1], day ? day[1] : undefined] as unknown as RegExpExecArray;
    m.index = from;
    lastEnd = end;
    yield m;
  }
}
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Dates with leading zeros (`2025年01月05日`) and dates that do not exist (`2月30日`, `2025年13月`). */
/**
 * The same metadata field with markup between label and value, as a government site's HTML table
 * writes it (`<td><b>成文日期：</b></td>` / `<td>2019年01月24日</td>`, test/corpus 152, 154): the
 * text before the date read without the masked markup and blanks, up to 200 characters back.
 */
function metadataLabelBefore(text: string, mask: Uint8Array, start: number): boolean {
  let seen = '';
  for (let k = start - 1; k >= 0 && k >= start - 200 && seen.length < 6; k--) {
    if (mask[k] || /\s/.test(text[k])) continue;
    seen = text[k] + seen;
  }
  return /(?:时间|日期)[:：]?[|｜]?$/.test(seen);
}

export function dateProblems(model: DocumentModel): DateProblem[] {
  const { text, lines } = model;
  const out: DateProblem[] = [];
  if (text.indexOf('月') < 0) return out;
  const mask = markupMask(text);
  let li = 0;
  for (const m of monthDates(text)) {
    const [monthDay, mo, d] = m;
    const year = RE_YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const y = year?.[1];
    const start = m.index - (year ? year[0].length : 0);
    const end = m.index + monthDay.length;
    const whole = text.slice(start, end);
    if (mask[start]) continue;
    while (li + 1 < lines.length && lines[li + 1].start <= start) li++;
    const before = text[start - 1] ?? '';
    const after = text.slice(end, end + 8);
    // Part of a longer number or range: 1-10月, 12—13日, 第3月, 一季度… and a time stamp after it.
    if (/[\d.．\-－—～~至到第]/.test(before)) continue;
    // A lunar month has 30 days (农历二月三十); a site's metadata field (`发布时间：`) is no date of the document.
    if (
      /(?:农历|阴历|夏历)/.test(text.slice(Math.max(0, start - 8), start)) ||
      /(?:时间|日期)\s*[:：]?\s*[|｜]?\s*$/.test(text.slice(Math.max(0, start - 10), start)) ||
      metadataLabelBefore(text, mask, start)
    )
      continue;
    if (!y && /^\d/.test(text[start - 2] ?? '') && /[年]/.test(before)) continue;
    if (/^\s*\d{1,2}\s*[:：时]/.test(after)) continue;
    // `1-10月` and `3月—5月`: a range's months; `6个月` never matches (个).
    if (!d && /^\s*[-－—～~至到]/.test(after)) continue;
    const month = Number(mo);
    const day = d === undefined ? undefined : Number(d);
    const hasZero = /^0\d/.test(mo) || (d !== undefined && /^0\d/.test(d));
    // Impossible only where the reading as a date is sure: a year before it or a day after it.
    const sure = y !== undefined || day !== undefined;
    const badMonth = sure && (month < 1 || month > 12);
    const badDay =
      day !== undefined &&
      month >= 1 &&
      month <= 12 &&
      (day < 1 || day > (month === 2 && y !== undefined && !leap(Number(y)) ? 28 : DAYS[month - 1]));
    if (badMonth || badDay) {
      out.push({ start, end, written: whole, kind: 'impossible', line: li });
      continue;
    }
    // Leading zeros in a full date or a year and month; `01月` alone may be a table cell or a code.
    if (hasZero && (y !== undefined || day !== undefined) && month >= 1) {
      const standard = whole.replace(/(^|[年月\s])0(\d)(?=\s*[月日])/g, '$1$2');
      out.push({ start, end, written: whole, kind: 'zeros', standard, line: li });
    }
  }
  if (!out.length) return out;
  const damaged = damagedLines(model);
  return out.filter((d) => !damaged[d.line]);
}

/** The year of the date line that closes the document (落款), if there is one. */
export function closingDateYear(model: DocumentModel): { year: number; start: number; end: number } | undefined {
  const date = [...model.closing].reverse().find((c) => c.kind === 'date');
  if (!date) return undefined;
  const m = /^(\d{4})\s*年/.exec(date.text);
  return m ? { year: Number(m[1]), start: date.start, end: date.end } : undefined;
}
