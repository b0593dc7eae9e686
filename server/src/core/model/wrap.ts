/**
 * Hard-wrapped text (a PDF copy, a fixed-width scrape): paragraphs broken into lines of one width,
 * each line but the last ending mid-sentence. The usual width is the most common length of the
 * document's longer lines; a line of that width (±1) that ends without closing its sentence, before
 * a line that goes on with a character, a digit or an opening mark, is wrapped: the next line
 * continues its paragraph. The repair command joins such lines (services/repair.ts); the zones read
 * a wrapped paragraph as one (facts/zones.ts).
 */
import type { DocumentModel } from './model';
import { isLineBlank } from '../text/chars';

/** Where line `i`'s text starts after its leading blanks (space, tab, U+3000, U+00A0). */
function contentStart(model: DocumentModel, i: number): number {
  const { text, lines } = model;
  let s = lines[i].start;
  while (s < lines[i].end && isLineBlank(text.charCodeAt(s))) s++;
  return s;
}

/** Where line `i`'s text ends before its trailing white space (as `trimEnd` cuts it), from `s`. */
function contentEnd(model: DocumentModel, i: number, s: number): number {
  const { text, lines } = model;
  let e = lines[i].end;
  while (e > s && WHITE.test(text[e - 1])) e--;
  return e;
}
const WHITE = /\s/;

/** A line's text without the blanks around it. */
export function trimmedLine(model: DocumentModel, i: number): string {
  const s = contentStart(model, i);
  return model.text.slice(s, contentEnd(model, i, s));
}

/** The length of trimmedLine(model, i), without making the string. */
function trimmedLength(model: DocumentModel, i: number): number {
  const s = contentStart(model, i);
  return contentEnd(model, i, s) - s;
}

/**
 * The width of the document's wrapped lines: the most common trimmed length from 20 on, seen at
 * least 5 times, with the lines of that width (±1) a third of the lines from 20 on at least (0: not
 * wrapped). A long document of paragraphs has some length five times by chance, never a third of
 * its lines at one width.
 */
export function wrapWidth(model: DocumentModel): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (let i = 0; i < model.lines.length; i++) {
    const n = trimmedLength(model, i);
    if (n < 20) continue;
    counts.set(n, (counts.get(n) ?? 0) + 1);
    long++;
  }
  let width = 0;
  let best = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n > width)) [width, best] = [n, c];
  const near = best + (counts.get(width - 1) ?? 0) + (counts.get(width + 1) ?? 0);
  return best >= 5 && near * 3 >= long ? width : 0;
}

/** Whether line `i` is wrapped into line `i + 1` (wrapsInto on their trimmed text), for the document's `width` (wrapWidth). */
export function wrappedLine(model: DocumentModel, i: number, width: number): boolean {
  if (width <= 0 || i + 1 >= model.lines.length) return false;
  const n = trimmedLength(model, i);
  return n >= width - 1 && n <= width + 1 && wrapsInto(trimmedLine(model, i), trimmedLine(model, i + 1), width);
}

/** What ends a paragraph: a line ending in one of these is never joined to the next. */
export const PARAGRAPH_END = /[。！？；：!?;:”’）)】》…]$/;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isCjk = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Whether the trimmed line `a`, of the wrapped `width` (> 0), is wrapped into the trimmed line `b` that follows it. */
export function wrapsInto(a: string, b: string, width: number): boolean {
  if (!a || !b || width <= 0 || PARAGRAPH_END.test(a) || a.length < width - 1 || a.length > width + 1) return false;
  // A wrap falls anywhere in a sentence: after a character, a digit, a comma, a sign (`增长11.0` / `%`),
  // or inside a number (`-13.` / `2%`, `5034` / `.7亿元`).
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  if (last === 0x2e /* . */) return a.length >= 2 && isDigitCode(a.charCodeAt(a.length - 2)) && isDigitCode(first);
  if (first === 0x2e /* . */) return isDigitCode(last) && b.length >= 2 && isDigitCode(b.charCodeAt(1));
  return (isCjk(first) || /[\d“（(《%％，、,]/.test(b[0])) && (isCjk(last) || /[\d，、,%％（(“《-]/.test(a.slice(-1)));
}
