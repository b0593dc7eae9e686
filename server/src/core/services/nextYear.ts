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
import { parseDocument } from '../model/parse';
import { extractTargets, joinWrapped, planYear, WRAP_BREAK, type Target } from '../facts/targets';
import { tasksOf } from '../facts/tasks';
import type { Message } from '../types';
import { CN_YEAR_DIGITS, MARK_CLOSE, PLACEHOLDER_OPEN, RE_DATE, REVIEW_OPEN, reviewMessage, type ReviewKind } from '../facts/draftMarks';

export {
  classifyReview,
  findDraftMarks,
  MARK_CLOSE,
  PLACEHOLDER_OPEN,
  placeholderLabel,
  REVIEW_OPEN,
  reviewMessage,
  stripDraftMarks,
  stripDraftMarksMapped,
  type DraftMark,
  type ReviewKind,
} from '../facts/draftMarks';

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

// ------------------------------------------------------------------ patterns

/** A year written in digits followed by 年 (also a one-year range `2006至2007年`), or an ISO-like date. */
const RE_YEAR =
  /(?<![\d０-９.．])(\d{4})(?:\s*([至到—－\-~～–―])\s*(\d{4}))?(?=\s*年)|(?<![\d.])(\d{4})(?=[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))/g;
const RE_CN_YEAR = new RegExp(`(?<![${CN_YEAR_DIGITS}])([${CN_YEAR_DIGITS}]{4})(?=年)`, 'g');
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
  const ops: Op[] = [];
  const spans: Array<Span & { kind: 'placeholder' | ReviewKind; inner: string }> = [];
  const taken: Span[] = [];

  // 1. Placeholders around every target value (the digits, so `增长【12】%`, `【1~2】家`).
  // The plan's targets only: a review's figures are last year's facts, marked below.
  const sorted = [...targets].filter((t) => t.kind === 'target' && t.zone !== 'review').sort((a, b) => a.start - b.start || b.end - a.end);
  for (const t of sorted) {
    const span = valueSpan(text, t);
    if (!span || taken.some((s) => overlaps(s, span))) continue;
    taken.push(span);
    // A value a hard wrap cut in two (`2.5` / `0%`): draft marks never span lines, so the line break
    // (and the blanks around it) moves before the placeholder, which holds the value whole.
    let inner = text.slice(span.start, span.end);
    if (inner.includes('\n')) {
      for (const br of inner.matchAll(WRAP_BREAK)) {
        const at = span.start + br.index;
        ops.push({ at, end: at + br[0].length, text: '', order: 2 });
        ops.push({ at: span.start, end: span.start, text: br[0], order: 0 });
      }
      inner = joinWrapped(inner);
    }
    spans.push({ ...span, kind: 'placeholder', inner });
  }

  // 2. Review marks: dates, editions, anniversaries (never across a placeholder).
  const reviews: Array<Span & { kind: ReviewKind }> = [];
  const addReview = (start: number, end: number, kind: ReviewKind) => {
    const span = { start, end };
    if (end <= start || taken.some((s) => overlaps(s, span))) return;
    if (reviews.some((r) => overlaps(r, span))) return;
    reviews.push({ ...span, kind });
  };
  // Task deadlines with a year (完成时限：2025年12月底前): the year moves on with the plan, and the
  // whole deadline is marked, since next year's timetable is a decision. The units stay as written.
  const deadlines: Span[] = [];
  for (const t of tasksOf(model)) {
    const d = t.deadline;
    if (!d || !/\d{4}\s*年/.test(d.text)) continue;
    deadlines.push({ start: d.start, end: d.end });
    addReview(d.start, d.end, 'deadline');
  }
  for (const m of text.matchAll(RE_DATE)) addReview(m.index, m.index + m[0].length, 'date');
  for (const m of text.matchAll(RE_ORDINAL)) addReview(m.index, m.index + m[0].length, 'ordinal');
  for (const m of text.matchAll(RE_ANNIVERSARY)) addReview(m.index, m.index + m[0].length, 'anniversary');

  // 3. Years. Only the plan period and its neighbours move: older history and multi-year periods
  //    (2006—2010年, the 十一五 span) stay as written.
  if (planYear !== undefined) {
    const shift = (start: number, digits: string, cn: boolean) => {
      const y = cn ? cnYearValue(digits) : Number(digits);
      const inDeadline = deadlines.some((d) => start >= d.start && start < d.end);
      if (!inDeadline && !(y >= planYear - 1 && y <= planYear + 1)) return;
      ops.push({ at: start, end: start + 4, text: cn ? cnYearText(y + 1, digits) : String(y + 1), order: 2 });
      const yearEnd = text.indexOf('年', start + 4);
      const tokenEnd = yearEnd >= 0 && yearEnd - (start + 4) <= 2 ? yearEnd + 1 : start + 4;
      if (inDeadline) return;
      if (y === planYear - 1) addReview(start, tokenEnd, 'baseline');
      else if (y === planYear && /^\s*(?:年\s*)?(?:是|将是)/.test(text.slice(start + 4, start + 8)))
        addReview(start, tokenEnd, 'yearCharacter');
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
    ops.push({
      at: s.start,
      end: s.start,
      text: s.kind === 'placeholder' ? PLACEHOLDER_OPEN : REVIEW_OPEN,
      order: 1,
      span: id,
      side: 'open',
    });
    ops.push({ at: s.end, end: s.end, text: MARK_CLOSE, order: 0, span: id, side: 'close' });
  });

  // Apply in one pass, recording where each span lands in the draft.
  // Nested marks at one position: the outer one opens first and closes last.
  const nesting = (a: Op, b: Op) =>
    a.side === 'open' && b.side === 'open'
      ? spans[b.span!].end - spans[a.span!].end
      : a.side === 'close' && b.side === 'close'
        ? spans[b.span!].start - spans[a.span!].start
        : 0;
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
    else
      reviewOut.push({
        start,
        end,
        kind: s.kind,
        reason: reviewMessage(s.kind, out.slice(start + REVIEW_OPEN.length, end - MARK_CLOSE.length)),
      });
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
