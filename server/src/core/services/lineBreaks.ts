/**
 * "修复断行 / Repair line breaks": the edits that undo what a PDF copy or a scrape did to the line
 * structure, each a change of its own so that it can be reviewed (and refused) one by one:
 *  - `join`: a line break inside a sentence (a hard wrap: the line is as long as the document's
 *    wrapped lines and ends without sentence punctuation; or the next line starts with a comma,
 *    a closing bracket …) is removed, with the indent of the next line;
 *  - `marker`: a heading marker broken over lines (`（` / `十一` / `）`) is put together, and a
 *    marker alone on its line (`三、`) gets its title from the next line;
 *  - `pageNumber`: a PDF page number between paragraphs (`— 3 —`, `- 12 -`) is deleted (with a
 *    join when it stood inside a sentence);
 *  - `quotes`: ASCII double quotes around Chinese text become “”.
 * A line that starts with a heading marker or a list item is never joined to the line before,
 * and nothing is joined across a blank line; nothing is deleted but page numbers and line breaks.
 * Pure: offsets in, offsets out.
 */
import type { TextEdit } from '../types';
import { splitLines } from '../model/model';
import { classifyChrome } from '../facts/paste';

export type RepairKind = 'join' | 'marker' | 'pageNumber' | 'quotes';

export interface RepairChange {
  readonly kind: RepairKind;
  /** 0-based line where the change starts. */
  readonly line: number;
  readonly edits: readonly TextEdit[];
}

interface RawLine {
  readonly start: number;
  /** End of the content (before the line break). */
  readonly end: number;
  /** Start of the next line (after the break). */
  readonly next: number;
  readonly trimmed: string;
  /** Offset of the first non-space character. */
  readonly contentStart: number;
}

const SPACE = /[\s\u3000\ufeff]/;
const CN = '[一二三四五六七八九十百零〇]{1,3}';
/** A line that starts a heading or a list item: never joined to the line before. */
const STARTS_ITEM = new RegExp(
  `^(?:#{1,6}\\s|第${CN}[章节部分条]|${CN}\\s*、|[（(]\\s*(?:${CN}|\\d{1,3})\\s*[）)]|\\d{1,3}\\s*[、.．](?!\\d)|[①-⑳]|[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,2}[，、,]|其[一二三四五六七八九十][，、,]|[•·●▪◆■\\-*]\\s|附件|附表)`,
);
/** Punctuation a sentence or a title ends with: the line break after it is a paragraph break. */
const ENDS_SENTENCE = /[。！？；：!?;:…）)】》」』]$|[。！？!?]”$/;
/** A line that can only continue the line before (it starts with what never starts a sentence). */
const CONTINUES = /^[，。、；：！？）)”’」』》%‰，,;]/;
/** The line before ends with an opening bracket or quote: the sentence goes on. */
const OPENS = /[（(“‘「『《]$/;
/** A PDF page number alone on its line. */
const PAGE_NUMBER =
  /^(?:[—–－-]{1,2}\s*\d{1,4}\s*[—–－-]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const MARKER_ALONE = new RegExp(`^(?:${CN}\\s*、|[（(]\\s*${CN}\\s*[）)]|\\d{1,2}\\s*[、.．])$`);
const NUMERAL_ALONE = new RegExp(`^(?:${CN}|\\d{1,3})$`);
const OPEN_BRACKET = /^[（(]$/;
const CLOSE_BRACKET = /^[）)]/;
const CJK = /[\u3400-\u9fff]/;

function splitRaw(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    const next = last ? text.length : end + 1;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    let cs = start;
    while (cs < contentEnd && SPACE.test(text[cs])) cs++;
    let ce = contentEnd;
    while (ce > cs && SPACE.test(text[ce - 1])) ce--;
    out.push({ start, end: ce, next, trimmed: text.slice(cs, ce), contentStart: cs });
    if (last) break;
    start = next;
  }
  return out;
}

/** The length a wrapped line of this document has: the median length of its longer lines. */
function wrapWidth(lines: readonly RawLine[]): number {
  const lengths = lines.map((l) => [...l.trimmed].length).filter((n) => n >= 12);
  if (lengths.length < 8) return Infinity;
  lengths.sort((a, b) => a - b);
  const q = lengths[Math.floor(lengths.length / 2)];
  // Wrapped lines are many and about as long as each other; a document of paragraphs is not wrapped.
  const near = lengths.filter((n) => n >= q * 0.85 && n <= q * 1.1).length;
  return near >= 8 && near * 3 >= lengths.length && q <= 60 ? q : Infinity;
}

/** Every repair of `text`, in document order; the changes never overlap. */
export function repairChanges(text: string): RepairChange[] {
  const lines = splitRaw(text);
  // Web chrome is Clean up pasted text's business: never joined to anything.
  const chrome = classifyChrome(text, splitLines(text));
  const width = wrapWidth(lines);
  const out: RepairChange[] = [];
  const n = lines.length;
  const blank = (i: number) => lines[i].trimmed === '' || chrome[i] !== 0;
  const page = (i: number) => PAGE_NUMBER.test(lines[i].trimmed);
  /** Removes the break between line `i` and line `j` (and what stands between them, page numbers only). */
  const joinEdit = (i: number, j: number): TextEdit => ({
    start: lines[i].end,
    end: lines[j].contentStart,
    // Words and numbers of Latin script keep a space between them; Chinese needs none.
    newText: /[A-Za-z0-9]$/.test(lines[i].trimmed) && /^[A-Za-z0-9]/.test(lines[j].trimmed) ? ' ' : '',
  });
  let i = 0;
  while (i < n) {
    const l = lines[i];
    // A marker broken over lines: `（` / `十一` / `）…`.
    if (OPEN_BRACKET.test(l.trimmed) && i + 2 < n && NUMERAL_ALONE.test(lines[i + 1].trimmed) && CLOSE_BRACKET.test(lines[i + 2].trimmed)) {
      out.push({ kind: 'marker', line: i, edits: [joinEdit(i, i + 1), joinEdit(i + 1, i + 2)] });
      i += 2;
      continue;
    }
    // A marker alone on its line, its title on the next.
    if (MARKER_ALONE.test(l.trimmed) && i + 1 < n && !blank(i + 1) && !STARTS_ITEM.test(lines[i + 1].trimmed) && !page(i + 1)) {
      out.push({ kind: 'marker', line: i, edits: [joinEdit(i, i + 1)] });
      i++;
      continue;
    }
    if (page(i) && i > 0) {
      const p = i - 1;
      const q = i + 1;
      // Inside a sentence (no blank line on either side): the page number goes with the break.
      if (q < n && !blank(p) && !blank(q) && joins(lines[p], lines[q], width)) {
        out.push({ kind: 'pageNumber', line: i, edits: [joinEdit(p, q)] });
        i = q;
        continue;
      }
      // Between paragraphs: the line goes with its own break (or the one before it, at the end).
      const breakBefore = l.start - (text[l.start - 2] === '\r' ? 2 : 1);
      out.push({
        kind: 'pageNumber',
        line: i,
        edits: [l.next > l.end ? { start: l.start, end: l.next, newText: '' } : { start: breakBefore, end: l.end, newText: '' }],
      });
      i++;
      continue;
    }
    if (!blank(i) && i + 1 < n && !blank(i + 1) && !page(i + 1) && joins(l, lines[i + 1], width)) {
      out.push({ kind: 'join', line: i, edits: [joinEdit(i, i + 1)] });
    }
    i++;
  }
  // ASCII double quotes around Chinese text, in pairs on one line.
  for (let k = 0; k < n; k++) {
    const l = lines[k];
    if (!l.trimmed.includes('"')) continue;
    const s = text.slice(l.start, l.end);
    const re = /"([^"\n]{1,80})"/g;
    for (let m: RegExpExecArray | null; (m = re.exec(s));) {
      if (!CJK.test(m[1]) || /[A-Za-z=<>{}]/.test(m[1])) continue;
      const at = l.start + m.index;
      out.push({
        kind: 'quotes',
        line: k,
        edits: [
          { start: at, end: at + 1, newText: '“' },
          { start: at + m[0].length - 1, end: at + m[0].length, newText: '”' },
        ],
      });
    }
  }
  out.sort((a, b) => a.edits[0].start - b.edits[0].start);
  return out;
}

/** Whether the break between `a` and the next line `b` (neither blank) is inside a sentence. */
function joins(a: RawLine, b: RawLine, width: number): boolean {
  // A scrape that put a number on its own line (`2022` / `年，全区…`) or broke a series of numbers (`9、10、15、` / `6、7村…`).
  if (/^\d{1,4}$/.test(a.trimmed) && /^[年月日号%％万亿元个项家户人次]/.test(b.trimmed)) return true;
  if (/\d、$/.test(a.trimmed) && /^\d{1,3}、\d/.test(b.trimmed) && CJK.test(a.trimmed)) return true;
  if (STARTS_ITEM.test(b.trimmed) || MARKER_ALONE.test(a.trimmed)) return false;
  // A heading's title ends its line; a heading line goes on only when its body runs in (`一是…。建成…`).
  if (STARTS_ITEM.test(a.trimmed) && !/[。；;]/.test(a.trimmed)) return false;
  if (!CJK.test(a.trimmed) || !CJK.test(b.trimmed)) return false;
  if (CONTINUES.test(b.trimmed) || OPENS.test(a.trimmed)) return !ENDS_SENTENCE.test(a.trimmed);
  if (ENDS_SENTENCE.test(a.trimmed)) return false;
  // Titles, names and dates of a cover page fill lines too, but carry no sentence punctuation.
  if (!/[，、；,;]/.test(a.trimmed) && !/[，、；。,;]/.test(b.trimmed)) return false;
  // A hard wrap: the line fills the document's width.
  return [...a.trimmed].length >= width * 0.8;
}

/** All the edits of the repairs, for applying at once. */
export function repairEdits(text: string): TextEdit[] {
  return repairChanges(text).flatMap((c) => c.edits);
}
