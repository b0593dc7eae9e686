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
