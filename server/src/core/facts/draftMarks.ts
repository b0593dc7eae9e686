/**
 * The marks a next-year draft leaves in the text — `【12】` placeholders for target values and
 * `【待核：…】` around details to check — found again in any text (a saved draft, a document the
 * drafter is filling in): read by the target-placeholder and review-needed rules, the
 * comparison and the draft itself.
 */
import type { DocumentModel } from '../model/model';
import type { MessageKey } from '../messages';
import type { Message } from '../types';

/** Why a passage of the draft is marked `【待核：…】`. */
export type ReviewKind = 'baseline' | 'yearCharacter' | 'date' | 'ordinal' | 'anniversary' | 'figure' | 'deadline';

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
  deadline: 'review.deadline',
};

/** The catalogue message that explains a review mark of `kind` around `inner`. */
export function reviewMessage(kind: ReviewKind, inner: string): Message {
  return { key: REVIEW_KEYS[kind], args: [inner] };
}

/** Year digits and small numerals as the dates of a plan write them. */
export const CN_YEAR_DIGITS = '〇零○一二三四五六七八九';
export const CN_SMALL = '一二三四五六七八九十';

/** Dates with a day (4月22日, 2006年1月15日, 二〇〇六年一月十五日, 2006-01-10): one-off details. */
export const RE_DATE = new RegExp(
  [
    '(?<![\\d０-９])(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号](?:\\s*[至到—－~～-]\\s*\\d{1,2}\\s*[日号])?',
    `(?:[${CN_YEAR_DIGITS}]{4}年)?[${CN_SMALL}]{1,2}月[${CN_SMALL}]{1,3}日`,
    '(?<![\\d.])\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)',
  ].join('|'),
  'g',
);

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
const RE_PLACEHOLDER_VALUE =
  /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?(?:\s*[~～\-—－–至到]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?)?|[一二三四五六七八九十百千万两〇零]{1,4})$/;

/** Finds the placeholders and review marks in `text` (only the forms the drafter writes). */
export function findDraftMarks(text: string): DraftMark[] {
  const marks: DraftMark[] = [];
  if (!text.includes('【')) return marks;
  for (const m of text.matchAll(RE_MARK)) {
    const innerStart = m.index + 1 + (m[1]?.length ?? 0);
    if (m[1]) marks.push({ start: m.index, end: m.index + m[0].length, kind: 'review', inner: m[2], innerStart });
    // `某政办函【2024】5号`: the year of a document number written in the wrong brackets, no placeholder.
    else if (/^\d{4}$/.test(m[2]) && /^\s*第?\s*\d{1,4}\s*[号號]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      continue;
    else if (RE_PLACEHOLDER_VALUE.test(m[2]))
      marks.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder', inner: m[2], innerStart });
  }
  return marks;
}

const marksByModel = new WeakMap<DocumentModel, { text: string; marks: readonly DraftMark[] }>();

/**
 * findDraftMarks of a rule's text, once per model when the text is the model's (two rules read the
 * marks; a rule run on a window of the text gets that window's).
 */
export function draftMarksOf(model: DocumentModel, text: string): readonly DraftMark[] {
  if (text !== model.text) return findDraftMarks(text);
  const hit = marksByModel.get(model);
  if (hit && hit.text === text) return hit.marks;
  const marks = findDraftMarks(text);
  marksByModel.set(model, { text, marks });
  return marks;
}

/** Which kind of review a mark's content is (for a saved draft, where the reason is gone). */
export function classifyReview(inner: string, after: string): ReviewKind {
  if (new RegExp(`^(?:${RE_DATE.source})$`).test(inner)) return 'date';
  if (/^第.+[届次期]$/.test(inner)) return 'ordinal';
  if (/周年$/.test(inner)) return 'anniversary';
  if (/^\d{4}\s*年.*(?:前|底|末|半年)$/.test(inner)) return 'deadline';
  if (/^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年?$/.test(inner)) return /^\s*(?:将是|是)/.test(after) ? 'yearCharacter' : 'baseline';
  return 'figure';
}

const UNIT_AFTER =
  /^(?:个百分点|百分点|[%％]|亿美元|万美元|美元|亿元|万元|元|万人次|人次|万人|人|万平方米|平方米|万亩|亩|万吨|吨|公里|千米|家|个|项|户|所|座|批|场|期|条|台|辆|部|件|次|届|处|名)/;

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
