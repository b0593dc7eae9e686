/**
 * Cheap checks on raw text: does it look like a work plan, does it look binary.
 * Used by the client (auto-switching the language mode), the server's workspace index and the CLI.
 */

const TITLE = /计划|要点|方案|安排|计劃|計劃|要點|規劃|规划|报告|報告|重点工作|重點工作/;
const HEADING = /^[\s\u3000]*(?:#{1,6}\s+)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[、.．](?!\d)|[（(]\d{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节条])/;

/** True when the start of `text` reads like a work plan: a title line and several numbered headings, or many headings. */
export function looksLikePlan(text: string): boolean {
  const head = text.slice(0, 8192);
  const lines = head.split(/\r\n|\r|\n/);
  let title = false;
  let headings = 0;
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > 60) break;
    if (HEADING.test(line)) headings++;
    else if (!title && line.length <= 60 && TITLE.test(line)) title = true;
  }
  // A page scraped from the web may bury the title in chrome; many headings alone also count.
  return (title && headings >= 3) || headings >= 6;
}

/** True for text that holds NUL or many control characters: a binary file opened as text. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}
