/**
 * Drafting next year's plan from this year's. Pure text transformation over the model
 * and the extracted targets; the decisions are documented in docs/next-year.md.
 *
 * - Years of the plan period move forward by one (2006年 → 2007年); last year's baseline
 *   (2005年，有5个州市…) becomes the new baseline year and is marked for review.
 * - Every target value becomes a placeholder that keeps last year's value: `增长【12】%`.
 * - One-off details (dates, 第七届, 60周年, figures of last year) are wrapped in
 *   `【待核：…】` marks. Nothing is ever deleted: removing the brackets gives the text back.
 * - Structure, numbering, paragraphs and line endings are untouched (edits stay inside a line).
 */
import type { DocumentModel } from '../model/model';
import type { MessageKey } from '../messages';
import { parseDocument } from '../model/parse';
import { extractTargets, planYear, type Target } from '../facts/targets';
import type { Message } from '../types';

/** Why a passage of the draft is marked `【待核：…】`. */
export type ReviewKind = 'baseline' | 'yearCharacter' | 'date' | 'ordinal' | 'anniversary' | 'figure';

export interface DraftReview {
  /** Offsets of the whole `【待核：…】` mark in the draft. */
  readonly start: number;
  readonly end: number;
  readonly kind: ReviewKind;
  readonly reason: Message;
}

export interface DraftPlaceholder {
  /** Offsets of the whole `【…】` placeholder in the draft. */
  readonly start: number;
  readonly end: number;
  /** Last year's value as written inside the brackets, e.g. `12` or `1~2`. */
  readonly previous: string;
}

export interface NextYearDraft {
  readonly text: string;
  readonly reviews: readonly DraftReview[];
  readonly placeholders: readonly DraftPlaceholder[];
  /** The plan year the draft started from (undefined: no year found, years left alone). */
  readonly fromYear: number | undefined;
  readonly toYear: number | undefined;
}

/** Opening and closing of a review mark; a placeholder is `【` … `】` without the label. */
export const REVIEW_OPEN = '【待核：';
export const PLACEHOLDER_OPEN = '【';
export const MARK_CLOSE = '】';

const REVIEW_KEYS: Record<ReviewKind, MessageKey> = {
  baseline: 'review.baseline',
  yearCharacter: 'review.yearCharacter',
  date: 'review.date',
  ordinal: 'review.ordinal',
  anniversary: 'review.anniversary',
  figure: 'review.figure',
};

/** The catalogue message that explains a review mark of `kind` around `inner`. */
export function reviewMessage(kind: ReviewKind, inner: string): Message {
  return { key: REVIEW_KEYS[kind], args: [inner] };
}

// ------------------------------------------------------------------ patterns

const CN_YEAR_DIGITS = '〇零○一二三四五六七八九';
const CN_SMALL = '一二三四五六七八九十';
/** A year written in digits followed by 年 (also a one-year range `2006至2007年`), or an ISO-like date. */
const RE_YEAR = /(?<![\d０-９.．])(\d{4})(?:\s*([至到—－\-~～–―])\s*(\d{4}))?(?=\s*年)|(?<![\d.])(\d{4})(?=[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))/g;
const RE_CN_YEAR = new RegExp(`(?<![${CN_YEAR_DIGITS}])([${CN_YEAR_DIGITS}]{4})(?=年)`, 'g');
/** Dates with a day (4月22日, 2006年1月15日, 二〇〇六年一月十五日, 2006-01-10): one-off details. */
const RE_DATE = new RegExp(
  [
    '(?<![\\d０-９])(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号](?:\\s*[至到—－~～-]\\s*\\d{1,2}\\s*[日号])?',
    `(?:[${CN_YEAR_DIGITS}]{4}年)?[${CN_SMALL}]{1,2}月[${CN_SMALL}]{1,3}日`,
    '(?<![\\d.])\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)',
  ].join('|'),
  'g',
);
/** Editions and sessions (第七届, 第十次, 第二期) and anniversaries (60周年). */
const RE_ORDINAL = /第[0-9一二三四五六七八九十百零〇两]{1,4}[届次期]/g;
const RE_ANNIVERSARY = /(?<![\d])[0-9一二三四五六七八九十百]{1,4}周年/g;
const DIGIT = /[0-9０-９]/;
const SENTENCE_END = /[。；;！？!?\n\r]/;

// ------------------------------------------------------------------ edits

interface Op {
  /** Position in the original text. */
  readonly at: number;
  readonly end: number;
  readonly text: string;
  /** At one position: closes first, then opens, then replacements. */
  readonly order: 0 | 1 | 2;
  /** Span id, to map the span's outer offsets into the draft. */
  readonly span?: number;
  readonly side?: 'open' | 'close';
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The next year's draft of `text`: plan years moved on, target values turned into placeholders,
 * one-off details marked for review. `targets` and `planYear` come from `extractTargets` and
 * `planYear` (targets.ts); a missing plan year leaves every year as it is.
 */
export function draftNextYear(text: string, model: DocumentModel, targets: readonly Target[], planYear: number | undefined): NextYearDraft {
  void model; // the model is part of the contract (title, headings); the edits need only offsets
  const ops: Op[] = [];
  const spans: Array<Span & { kind: 'placeholder' | ReviewKind; inner: string }> = [];
  const taken: Span[] = [];

  // 1. Placeholders around every target value (the digits, so `增长【12】%`, `【1~2】家`).
  const sorted = [...targets].filter((t) => t.kind === 'target').sort((a, b) => a.start - b.start || b.end - a.end);
  for (const t of sorted) {
    const span = valueSpan(text, t);
    if (!span || taken.some((s) => overlaps(s, span))) continue;
    taken.push(span);
    spans.push({ ...span, kind: 'placeholder', inner: text.slice(span.start, span.end) });
  }

  // 2. Review marks: dates, editions, anniversaries (never across a placeholder).
  const reviews: Array<Span & { kind: ReviewKind }> = [];
  const addReview = (start: number, end: number, kind: ReviewKind) => {
    const span = { start, end };
    if (end <= start || taken.some((s) => overlaps(s, span))) return;
    if (reviews.some((r) => overlaps(r, span))) return;
    reviews.push({ ...span, kind });
  };
  for (const m of text.matchAll(RE_DATE)) addReview(m.index, m.index + m[0].length, 'date');
  for (const m of text.matchAll(RE_ORDINAL)) addReview(m.index, m.index + m[0].length, 'ordinal');
  for (const m of text.matchAll(RE_ANNIVERSARY)) addReview(m.index, m.index + m[0].length, 'anniversary');

  // 3. Years. Only the plan period and its neighbours move: older history and multi-year periods
  //    (2006—2010年, the 十一五 span) stay as written.
  if (planYear !== undefined) {
    const shift = (start: number, digits: string, cn: boolean) => {
      const y = cn ? cnYearValue(digits) : Number(digits);
      if (!(y >= planYear - 1 && y <= planYear + 1)) return;
      ops.push({ at: start, end: start + 4, text: cn ? cnYearText(y + 1, digits) : String(y + 1), order: 2 });
      const yearEnd = text.indexOf('年', start + 4);
      const tokenEnd = yearEnd >= 0 && yearEnd - (start + 4) <= 2 ? yearEnd + 1 : start + 4;
      if (y === planYear - 1) addReview(start, tokenEnd, 'baseline');
      else if (y === planYear && /^\s*(?:年\s*)?(?:是|将是)/.test(text.slice(start + 4, start + 8))) addReview(start, tokenEnd, 'yearCharacter');
    };
    for (const m of text.matchAll(RE_YEAR)) {
      if (m[4]) {
        shift(m.index, m[4], false);
        continue;
      }
      if (m[3] === undefined) {
        shift(m.index, m[1], false);
        continue;
      }
      const a = Number(m[1]);
      const b = Number(m[3]);
      // A one-year range in the plan period (2006至2007年) moves; a longer period does not.
      if (b - a === 1 && a >= planYear - 1 && a <= planYear) {
        ops.push({ at: m.index, end: m.index + 4, text: String(a + 1), order: 2 });
        const bAt = m.index + m[0].length - 4;
        ops.push({ at: bAt, end: bAt + 4, text: String(b + 1), order: 2 });
      }
    }
    for (const m of text.matchAll(RE_CN_YEAR)) shift(m.index, m[1], true);
  }

  // 4. Figures of last year (the extractor's baseline facts): one mark per sentence, on its first
  //    old figure, unless a marked baseline year already flags the sentence (a review section of
  //    a 政府工作报告 would otherwise be a wall of marks).
  for (const t of targets) {
    if (t.kind !== 'baseline') continue;
    const sentence = sentenceOf(text, t.start);
    if (reviews.some((r) => (r.kind === 'baseline' || r.kind === 'figure') && r.start >= sentence.start && r.end <= sentence.end)) continue;
    addReview(t.start, t.end, 'figure');
  }

  for (const r of reviews) spans.push({ ...r, inner: text.slice(r.start, r.end) });
  spans.forEach((s, id) => {
    ops.push({ at: s.start, end: s.start, text: s.kind === 'placeholder' ? PLACEHOLDER_OPEN : REVIEW_OPEN, order: 1, span: id, side: 'open' });
    ops.push({ at: s.end, end: s.end, text: MARK_CLOSE, order: 0, span: id, side: 'close' });
  });

  // Apply in one pass, recording where each span lands in the draft.
  // Nested marks at one position: the outer one opens first and closes last.
  const nesting = (a: Op, b: Op) =>
    a.side === 'open' && b.side === 'open' ? spans[b.span!].end - spans[a.span!].end : a.side === 'close' && b.side === 'close' ? spans[b.span!].start - spans[a.span!].start : 0;
  ops.sort((a, b) => a.at - b.at || a.order - b.order || nesting(a, b));
  const newStart = new Map<number, number>();
  const newEnd = new Map<number, number>();
  let out = '';
  let pos = 0;
  for (const op of ops) {
    if (op.at < pos) continue; // a replacement overlapping another (cannot happen with the patterns above)
    out += text.slice(pos, op.at);
    if (op.side === 'open') newStart.set(op.span!, out.length);
    out += op.text;
    if (op.side === 'close') newEnd.set(op.span!, out.length);
    pos = op.end;
  }
  out += text.slice(pos);

  const placeholders: DraftPlaceholder[] = [];
  const reviewOut: DraftReview[] = [];
  spans.forEach((s, id) => {
    const start = newStart.get(id) as number;
    const end = newEnd.get(id) as number;
    if (s.kind === 'placeholder') placeholders.push({ start, end, previous: s.inner });
    else reviewOut.push({ start, end, kind: s.kind, reason: reviewMessage(s.kind, out.slice(start + REVIEW_OPEN.length, end - MARK_CLOSE.length)) });
  });
  placeholders.sort((a, b) => a.start - b.start);
  reviewOut.sort((a, b) => a.start - b.start);
  return { text: out, reviews: reviewOut, placeholders, fromYear: planYear, toYear: planYear === undefined ? undefined : planYear + 1 };
}

/** Parses, extracts and drafts: the one path the CLI, the server and the tests share. */
export function draftNextYearFromText(text: string): NextYearDraft {
  const model = parseDocument(text);
  return draftNextYear(text, model, extractTargets(model), planYear(model));
}

/** The part of a target to put in brackets: first digit to last digit (`12` of `12%`, `1~2` of `1~2家`). */
function valueSpan(text: string, t: Target): Span | undefined {
  const s = text.slice(t.start, t.end);
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (DIGIT.test(s[i])) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    // A value in Chinese numerals (两家, 三个): bracket the numeral.
    const m = /[一二三四五六七八九十百千万两〇零]+/.exec(s);
    if (!m) return t.end > t.start ? { start: t.start, end: t.end } : undefined;
    return { start: t.start + m.index, end: t.start + m.index + m[0].length };
  }
  return { start: t.start + first, end: t.start + last + 1 };
}

function sentenceOf(text: string, at: number): Span {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return { start, end };
}

function cnYearValue(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + (ch === '〇' || ch === '零' || ch === '○' ? 0 : CN_YEAR_DIGITS.indexOf(ch) - 2);
  return n;
}

/** Writes a year in the same Chinese digits as `like` (二〇〇七 after 二〇〇六; 零 stays 零). */
function cnYearText(year: number, like: string): string {
  const zero = like.includes('零') ? '零' : like.includes('○') ? '○' : '〇';
  return String(year)
    .split('')
    .map((d) => (d === '0' ? zero : '一二三四五六七八九'[Number(d) - 1]))
    .join('');
}

// ------------------------------------------------------------------ marks in text

/** A `【…】` mark left in a document: a target placeholder or a review mark. */
export interface DraftMark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'placeholder' | 'review';
  /** The text inside the mark (`12`, or `4月22日` without the `待核：` label). */
  readonly inner: string;
  readonly innerStart: number;
}

const RE_MARK = /【(待核[：:])?([^【】\r\n]{1,60})】/g;
/** What a placeholder holds: last year's value (`12`, `8.7`, `1~2`, `4.5%—5%`, `两`). */
const RE_PLACEHOLDER_VALUE = /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?(?:\s*[~～\-—－–至到]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?)?|[一二三四五六七八九十百千万两〇零]{1,4})$/;

/** Finds the placeholders and review marks in `text` (only the forms the drafter writes). */
export function findDraftMarks(text: string): DraftMark[] {
  const marks: DraftMark[] = [];
  if (!text.includes('【')) return marks;
  for (const m of text.matchAll(RE_MARK)) {
    const innerStart = m.index + 1 + (m[1]?.length ?? 0);
    if (m[1]) marks.push({ start: m.index, end: m.index + m[0].length, kind: 'review', inner: m[2], innerStart });
    else if (RE_PLACEHOLDER_VALUE.test(m[2])) marks.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder', inner: m[2], innerStart });
  }
  return marks;
}

/** Which kind of review a mark's content is (for a saved draft, where the reason is gone). */
export function classifyReview(inner: string, after: string): ReviewKind {
  if (new RegExp(`^(?:${RE_DATE.source})$`).test(inner)) return 'date';
  if (/^第.+[届次期]$/.test(inner)) return 'ordinal';
  if (/周年$/.test(inner)) return 'anniversary';
  if (/^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年?$/.test(inner)) return /^\s*(?:将是|是)/.test(after) ? 'yearCharacter' : 'baseline';
  return 'figure';
}

const UNIT_AFTER = /^(?:个百分点|百分点|[%％]|亿美元|万美元|美元|亿元|万元|元|万人次|人次|万人|人|万平方米|平方米|万亩|亩|万吨|吨|公里|千米|家|个|项|户|所|座|批|场|期|条|台|辆|部|件|次|届|处|名)/;

/** Last year's value with its unit as the drafter reads it: `12%`, `8.7亿美元`. */
export function placeholderLabel(text: string, mark: DraftMark): string {
  const unit = UNIT_AFTER.exec(text.slice(mark.end, mark.end + 6));
  return mark.inner + (unit && !/[%％]$/.test(mark.inner) ? unit[0] : '');
}

/** Removes every draft mark, keeping what is inside (`【12】` → `12`, `【待核：4月22日】` → `4月22日`). */
export function stripDraftMarks(text: string): string {
  return stripDraftMarksMapped(text).text;
}

/**
 * `stripDraftMarks` with the way back: `toOriginal(offset)` maps an offset of the stripped text to
 * the marked one (marks never span lines, so lines stay the same).
 */
export function stripDraftMarksMapped(text: string): { text: string; toOriginal(offset: number): number } {
  const marks = findDraftMarks(text);
  if (!marks.length) return { text, toOriginal: (o) => o };
  // Stripped offset where each mark's inner text begins, and how far the original is ahead there.
  const starts: number[] = [];
  const shifts: number[] = [];
  let out = '';
  let pos = 0;
  for (const m of marks) {
    out += text.slice(pos, m.start);
    starts.push(out.length);
    shifts.push(m.innerStart - out.length);
    out += m.inner;
    pos = m.end;
  }
  out += text.slice(pos);
  const toOriginal = (o: number) => {
    let lo = -1;
    for (let hi = starts.length - 1; hi >= 0; hi--) {
      if (starts[hi] <= o) {
        lo = hi;
        break;
      }
    }
    if (lo < 0) return o;
    const m = marks[lo];
    const inside = o - starts[lo];
    // From the end of the inner text on, also skip the closing 】.
    return inside < m.inner.length ? o + shifts[lo] : o + shifts[lo] + 1;
  };
  return { text: out, toOriginal };
}
