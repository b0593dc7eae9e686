/**
 * Plan detection past web chrome: a page whose first 4 KB are a site's header (navigation,
 * metadata table, buttons: paste.ts) still shows its title and headings. The chrome lines count
 * neither as lines nor as characters of the head that core/text/planDetection.ts examines.
 */
import { splitLines } from '../model/model';
import { HEAD_CHARS, detectWorkPlan as detectInHead, type Detection } from '../text/planDetection';
import { classifyChrome } from './paste';

/** Characters a caller passes at most: the head plus the chrome that may stand before it. */
export const READ_CHARS = 4 * HEAD_CHARS;

/** The first {@link HEAD_CHARS} characters of `text` that are not web chrome. */
function headPastChrome(text: string): string {
  const lines = splitLines(text);
  const chrome = classifyChrome(text, lines);
  const out: string[] = [];
  let budget = HEAD_CHARS;
  for (let i = 0; i < lines.length && budget > 0; i++) {
    if (chrome[i]) continue;
    // The line with its break: blank lines use up the budget as they do without chrome.
    const full = text.slice(lines[i].start, i + 1 < lines.length ? lines[i + 1].start : text.length);
    out.push(full.length > budget ? full.slice(0, budget) : full);
    budget -= full.length;
  }
  return out.join('');
}

/** Examines the start of `text` past its chrome (at most {@link READ_CHARS} characters are read). */
export function detectWorkPlan(text: string): Detection {
  return detectInHead(headPastChrome(text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text));
}

/** True when the start of `text` reads like a work plan, chrome looked past. */
export function looksLikeWorkPlan(text: string): boolean {
  return detectWorkPlan(text).plan;
}
