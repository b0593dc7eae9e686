import { BREADCRUMB, metaLine } from '../text/chrome';

/**
 * Flattened copies: a scrape that lost its paragraph breaks holds the whole document on one long
 * line (docs/domain.md §6). The zones read its sentences as paragraphs; the parser does not take a
 * title from such a line, so its title is read here.
 */

/** The shortest line read as a flattened copy. */
export const FLAT_MIN = 200;

/** Whether a line of `length` characters holds a flattened copy of a text of `textLength`: at least FLAT_MIN and 60% of it. */
export function isFlatLine(length: number, textLength: number): boolean {
  return length >= FLAT_MIN && length * 5 >= textLength * 3;
}

/**
 * The title of a copy flattened onto its first line (`2022年工作回顧    2022年，是…`): the line's first
 * run of 6–60 characters without a mark before a blank, when it holds a plan's or a review's words;
 * undefined when the first line is no flattened copy or starts with no such run.
 */
export function flattenedTitle(text: string): { text: string; start: number; end: number } | undefined {
  const m = FLAT_TITLE_RUN.exec(text.slice(0, 300));
  if (!m || !FLAT_TITLE_WORDS.test(m[1])) return undefined;
  const lineEnd = text.indexOf('\n');
  if (!isFlatLine(lineEnd < 0 ? text.length : lineEnd, text.length)) return undefined;
  const start = m[0].length - 1 - m[1].length;
  return { text: m[1], start, end: start + m[1].length };
}
const FLAT_TITLE_RUN = /^[ \t\u3000]*([^\s\u3000，。；：、,;:！？!?“”]{6,60})[ \u3000]/;
const FLAT_TITLE_WORDS = /工作|计划|要点|方案|安排|計劃|要點|规划|規劃|报告|報告|回顾|回顧|总结|總結/;

/**
 * The title of a flattened copy whose first words are no title (a site's menu, a notice's addressees before
 * `…《2023年新余市政务公开工作要点》…的通知`): flattenedTitle's, else what the parser's title search takes from the lines as
 * written, read over the runs between blanks that stand for them (the lines were joined with a blank), up to `stop` (the
 * first heading): within the first 25 runs, the first of 6–60 characters with no mark of a sentence or a clause that names
 * a plan or a report (计划, 方案, 报告…), else the first about 工作; never a site's trail or a line of metadata fields.
 * Undefined when the first line is no flattened copy. (For the plan year and the genre: the parser keeps its own title.)
 */
export function flattenedHeadTitle(text: string, stop: number): string | undefined {
  const own = flattenedTitle(text);
  if (own) return own.text;
  const lineEnd = text.indexOf('\n');
  if (!isFlatLine(lineEnd < 0 ? text.length : lineEnd, text.length)) return undefined;
  const head = text.slice(0, Math.min(stop, lineEnd < 0 ? text.length : lineEnd, 3000));
  let weaker: string | undefined;
  let seen = 0;
  HEAD_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; seen < 25 && (m = HEAD_RUN.exec(head)); seen++) {
    const t = m[0];
    if (t.length < 6 || t.length > 60 || HEAD_RUN_BREAK.test(t) || /^[—─-]|^附\s*件/.test(t)) continue;
    if (BREADCRUMB.test(t) || HEAD_CRUMB_TRAIL.test(t) || metaLine(t)) continue;
    if (HEAD_PLAN_WORDS.test(t)) return t;
    if (!weaker && t.includes('工作')) weaker = t;
  }
  return weaker;
}
const HEAD_RUN = /[^ \u3000\t]+/g;
/** Marks no title holds (a sentence's, a clause's) or ends with (a colon before what it introduces). */
const HEAD_RUN_BREAK = /[，,；;。！？!?]|[：:]$/;
const HEAD_CRUMB_TRAIL = /[>＞»›].*[>＞»›]/;
/** The parser's words of a plan's or a report's title (parse.ts PLAN_WORDS). */
const HEAD_PLAN_WORDS = /计划|要点|方案|安排|計劃|要點|规划|規劃|报告|報告/;
