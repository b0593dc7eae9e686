/**
 * Hard-wrapped text (a PDF copy, a fixed-width scrape): paragraphs broken into lines of one width,
 * each line but the last ending mid-sentence. The width is the one most of the document's longer
 * lines have, in characters or in display columns (wrapWidth); a line of that width that ends without
 * closing its sentence, before a line that goes on with a character, a digit or an opening mark, is
 * wrapped: the next line continues its paragraph. The repair command joins such lines (services/repair.ts); the zones read
 * a wrapped paragraph as one (facts/zones.ts).
 */
import type { DocumentModel } from './model';
import { isLineBlank, isWhiteSpace } from '../text/chars';

/** Where line `i`'s text starts after its leading blanks (space, tab, U+3000, U+00A0). */
export function contentStart(model: DocumentModel, i: number): number {
  const { text, lines } = model;
  let s = lines[i].start;
  while (s < lines[i].end && isLineBlank(text.charCodeAt(s))) s++;
  return s;
}

/** Where line `i`'s text ends before its trailing white space (as `trimEnd` cuts it), from `s`. */
function contentEnd(model: DocumentModel, i: number, s: number): number {
  const { text, lines } = model;
  let e = lines[i].end;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** A line's text without the blanks around it. */
export function trimmedLine(model: DocumentModel, i: number): string {
  const s = contentStart(model, i);
  return model.text.slice(s, contentEnd(model, i, s));
}

/**
 * How a copy was wrapped: by characters (a converter cutting every N characters) or by display columns
 * (a fixed-width scrape or a PDF text layer: a Chinese character takes two columns, a digit or a Latin
 * letter one, so lines of one width hold more characters where they hold digits).
 */
export interface Wrap {
  readonly width: number;
  readonly columns: boolean;
}

/** The display columns of `text[s, e)`: two for a wide (East Asian) character, one for any other. */
function columnsOf(text: string, s: number, e: number): number {
  // One column each, and one more for each wide character (WIDE's entries are 0 or 1).
  let wide = 0;
  for (let i = s; i < e; i++) wide += WIDE[text.charCodeAt(i)];
  return e - s + wide;
}
/** Wide (East Asian) characters: two columns. A table, looked up once per character (columnsOf runs over most lines). */
const WIDE = new Uint8Array(0x10000);
for (const [a, b] of [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
])
  WIDE.fill(1, a, b + 1);

/** The size of line `i`'s trimmed text in characters or in columns (a line of more than 160 characters: 161, past any wrap). */
function sizeOf(model: DocumentModel, i: number, columns: boolean): number {
  const { lines } = model;
  if (lines[i].end - lines[i].start < 20) return lines[i].end - lines[i].start;
  const s = contentStart(model, i);
  const e = contentEnd(model, i, s);
  if (!columns) return e - s;
  return e - s > 160 ? 161 : columnsOf(model.text, s, e);
}

/**
 * The size from `min` on with the most lines within `slack` of it, if they are 5 at least and a third of
 * those from `min` on, and it is at most `max` (a wrapped line is short: a page's width). `sizes`: each
 * line's size in the measure (sizeOf; any size below `min` stands for one below it).
 */
function commonSize(sizes: Int32Array, min: number, slack: number, max: number): { width: number; near: number } | undefined {
  // The lines of each size from `min` on: in an array up to DENSE_SIZES, in a map past it (a flattened copy's lines).
  const dense = new Int32Array(DENSE_SIZES + 1);
  let sparse: Map<number, number> | undefined;
  let long = 0;
  for (let i = 0; i < sizes.length; i++) {
    const n = sizes[i];
    if (n < min) continue;
    if (n <= DENSE_SIZES) dense[n]++;
    else (sparse ??= new Map()).set(n, (sparse.get(n) ?? 0) + 1);
    long++;
  }
  const count = (n: number): number => (n <= DENSE_SIZES ? dense[n] : (sparse?.get(n) ?? 0));
  // The width whose window (±slack) holds the most lines (the larger width on a tie). By characters
  // the width itself is seen 5 times, so only such a width is a candidate: a copy cut at 38 characters
  // has most lines at 38 and none at 39, and a few at 36 would otherwise give 37's window the most lines.
  // By columns, where a wide character that does not fit leaves a line short, 5 lines of the window.
  // (The sizes are tried in any order: the most lines, then the larger width, win.)
  let width = 0;
  let near = 0;
  const consider = (n: number, exact: number) => {
    if (slack <= 1 && exact < 5) return;
    let c = 0;
    for (let d = -slack; d <= slack; d++) c += count(n + d);
    if (c > near || (c === near && n > width)) [width, near] = [n, c];
  };
  for (let n = min; n <= DENSE_SIZES; n++) if (dense[n] !== 0) consider(n, dense[n]);
  if (sparse) for (const [n, exact] of sparse) consider(n, exact);
  return near >= 5 && near * 3 >= long && width <= max ? { width, near } : undefined;
}
/** Line sizes commonSize counts in an array (the longer ones, rare, in a map). */
const DENSE_SIZES = 1024;

/**
 * Every line's size by characters and by columns (sizeOf's), its blanks found once for both. A line
 * under 20 characters trimmed is under 40 columns, the least the columns measure counts: its columns
 * are not counted (0).
 */
function lineSizes(model: DocumentModel): { chars: Int32Array; columns: Int32Array } {
  const { lines, text } = model;
  const chars = new Int32Array(lines.length);
  const columns = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].end - lines[i].start;
    if (raw < 20) {
      chars[i] = columns[i] = raw;
      continue;
    }
    const s = contentStart(model, i);
    const n = contentEnd(model, i, s) - s;
    chars[i] = n;
    columns[i] = n > 160 ? 161 : n < 20 ? 0 : columnsOf(text, s, s + n);
  }
  return { chars, columns };
}

/** How many columns a line cut by columns may fall short of the width or pass it (a wide character that did not fit). */
const COLUMN_SLACK = 2;

/**
 * How the document's lines were wrapped, if they were: the most common length from 20 characters on
 * (or from 40 columns on, at most 80 characters or 160 columns) with the most lines within ±1 character (±2
 * columns) of it, at least 5 of them and a third of the longer lines; by characters or by columns, whichever holds more
 * lines. A long document of paragraphs has some length five times by chance, never a third of its
 * lines at one width.
 */
export function wrapWidth(model: DocumentModel): Wrap | undefined {
  if (wrapCache.has(model)) return wrapCache.get(model);
  const wrap = measureWrap(model);
  wrapCache.set(model, wrap);
  return wrap;
}
/** wrapWidth once per model (the zones, the targets and the repair command each ask). */
const wrapCache = new WeakMap<DocumentModel, Wrap | undefined>();

/**
 * The lines of a wrapped copy joined where they wrap (wrappedLine): the text without each such line
 * break and the blanks that indent the next line, and where each cut stands in the joined text with
 * the characters it removed (for mapping offsets back). Undefined when the copy is not wrapped.
 */
export function unwrapped(model: DocumentModel): { text: string; cuts: readonly { at: number; removed: number }[] } | undefined {
  const wrap = wrapWidth(model);
  if (!wrap) return undefined;
  const { text, lines } = model;
  const parts: string[] = [];
  const cuts: { at: number; removed: number }[] = [];
  let from = 0;
  let removed = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!wrappedLine(model, i, wrap)) continue;
    const end = lines[i].end;
    const next = contentStart(model, i + 1);
    parts.push(text.slice(from, end));
    cuts.push({ at: end - removed, removed: next - end });
    removed += next - end;
    from = next;
  }
  if (!cuts.length) return undefined;
  parts.push(text.slice(from));
  return { text: parts.join(''), cuts };
}

function measureWrap(model: DocumentModel): Wrap | undefined {
  const sizes = lineSizes(model);
  const chars = commonSize(sizes.chars, 20, 1, 80);
  const cols = commonSize(sizes.columns, 40, COLUMN_SLACK, 160);
  if (cols && (!chars || cols.near > chars.near)) return { width: cols.width, columns: true };
  return chars ? { width: chars.width, columns: false } : undefined;
}

/** Whether a line of `size` (in the wrap's measure) is of the wrapped width. */
function ofWidth(size: number, wrap: Wrap): boolean {
  const slack = wrap.columns ? COLUMN_SLACK : 1;
  return size >= wrap.width - slack && size <= wrap.width + slack;
}

/** Whether line `i` is wrapped into line `i + 1` (wrapsInto on their trimmed text), for the document's wrap (wrapWidth). */
export function wrappedLine(model: DocumentModel, i: number, wrap: Wrap | undefined): boolean {
  if (!wrap || i + 1 >= model.lines.length) return false;
  if (ofWidth(sizeOf(model, i, wrap.columns), wrap)) return wrapsInto(trimmedLine(model, i), trimmedLine(model, i + 1), wrap);
  // A paragraph's first line, indented (`  报告回顾了…的坚强领` / `导下,…`): the wrap counted its indent.
  const indented = indentedSize(model, i, wrap.columns);
  return indented > 0 && ofWidth(indented, wrap) && wrapsInto(trimmedLine(model, i), trimmedLine(model, i + 1), wrap, indented);
}
/** The size of line `i` with its indent (0 when it has none, or is shorter than 20), in the wrap's measure. */
function indentedSize(model: DocumentModel, i: number, columns: boolean): number {
  const { lines, text } = model;
  const s = contentStart(model, i);
  if (s === lines[i].start || lines[i].end - lines[i].start < 20) return 0;
  const e = contentEnd(model, i, s);
  return columns ? columnsOf(text, lines[i].start, e) : e - lines[i].start;
}

/** A pinyin gloss opened after a character and cut (`會(hu`), and the rest of one closing it (`ì)`): letters with tone marks. */
const GLOSS_OPEN = /[\u3400-\u9fff][（(][a-zà-üāáǎēéěīíǐōóǒūúǔǖǘǚǜ]{0,6}$/;
const GLOSS_CLOSE = /^[a-zà-üāáǎēéěīíǐōóǒūúǔǖǘǚǜ]{0,6}[)）]/;

/** What ends a paragraph: a line ending in one of these is never joined to the next. */
export const PARAGRAPH_END = /[。！？；：!?;:”’）)】》…]$/;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isCjk = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Whether the trimmed line `a`, of the document's wrap, is wrapped into the trimmed line `b` that follows it. */
export function wrapsInto(a: string, b: string, wrap: Wrap | undefined, aSize?: number): boolean {
  if (!a || !b || !wrap || PARAGRAPH_END.test(a)) return false;
  const size = (x: string) => (wrap.columns ? columnsOf(x, 0, x.length) : x.length);
  if (!ofWidth(aSize ?? size(a), wrap)) return false;
  // The line after a wrap is wrapped too, or the paragraph's last, closed by a mark: a short line that
  // closes nothing is a line of its own (`…第一次会议上` / `某县人民政府县长 陈某`).
  const bSize = size(b);
  if (!ofWidth(bSize, wrap) && bSize < wrap.width && !PARAGRAPH_END.test(b) && !/[，、,]$/.test(b)) return false;
  // A wrap falls anywhere in a sentence: after a character, a digit, a comma, a sign (`增长11.0` / `%`),
  // or inside a number (`-13.` / `2%`, `5034` / `.7亿元`).
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  if (last === 0x2e /* . */) return a.length >= 2 && isDigitCode(a.charCodeAt(a.length - 2)) && isDigitCode(first);
  if (first === 0x2e /* . */) return isDigitCode(last) && b.length >= 2 && isDigitCode(b.charCodeAt(1));
  // (A mark that closes a sentence or a clause, `：2015年，…`, opens no line of its own: the wrap fell before it.)
  if ((isCjk(first) || /[\d“（(《%％，、,：:；;。）)”]/.test(b[0])) && (isCjk(last) || /[\d，、,%％（(“《-]/.test(a.slice(-1))))
    return true;
  // Inside a pinyin gloss a scrape left after a character (`…會(hu` / `ì)第六次…`, `增長(zh` / `ǎng)12%`): its letters go on.
  return GLOSS_OPEN.test(a) && GLOSS_CLOSE.test(b);
}

/**
 * Whether the parser's title is a cut piece of a wrapped paragraph (`报告回顾了2024年的工作,过去一年,巨野县在…的坚强领` /
 * `导下,…`, 648 hard-wrapped): its line is wrapped into the next and holds a comma or a semicolon, which no title line does.
 * (A long title wrapped in two, `…关于印发《…》的` / `通知`, holds none: it stays the title.)
 */
export function cutParagraphTitle(model: DocumentModel): boolean {
  const t = model.title;
  return t !== undefined && /[，,；;]/.test(t.text) && wrappedLine(model, t.line, wrapWidth(model));
}
