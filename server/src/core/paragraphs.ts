/**
 * Paragraph keys for duplicate detection: each line's text with whitespace, punctuation and
 * symbols dropped (full-width letters and digits folded to ASCII), so that copies differing only
 * in spacing or punctuation compare equal. Linear in the text; no pairwise comparison.
 */
import type { Line } from './model';

/** A line counts as a paragraph of its own only from this many CJK characters on. */
export const MIN_PARAGRAPH_CJK = 20;

/** True for CJK ideographs (BMP blocks; astral ones arrive as surrogates, see below). */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Normalised key of `text[start, end)`, and how many CJK characters it holds. */
export function normaliseSpan(text: string, start: number, end: number): { key: string; cjk: number } {
  let cjk = 0;
  let out = '';
  let runStart = -1;
  // Copy runs of kept characters in one slice; fold full-width letters/digits one by one.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let keep = false;
    let folded = -1;
    if (isCjk(c)) {
      cjk++;
      keep = true;
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) keep = true;
    else if (c >= 0x41 && c <= 0x5a) folded = c + 32;
    else if (c >= 0xff10 && c <= 0xff19) folded = c - 0xfee0;
    else if (c >= 0xff21 && c <= 0xff3a) folded = c - 0xfee0 + 32;
    else if (c >= 0xff41 && c <= 0xff5a) folded = c - 0xfee0;
    else if (c >= 0xd800 && c <= 0xdfff) keep = true; // astral ideographs (surrogate pairs)
    else if (c >= 0xc0 && c <= 0x24f) keep = true; // Latin letters with diacritics (pinyin)
    if (keep) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      out += text.slice(runStart, i);
      runStart = -1;
    }
    if (folded >= 0) out += String.fromCharCode(folded);
  }
  if (runStart >= 0) out += text.slice(runStart, end);
  return { key: out, cjk };
}

/**
 * Lines that are repeated on purpose in real plans and never count as a duplicated paragraph:
 * responsibility tags, contact and signature lines, form fields.
 */
const BOILERPLATE = /^[\s\u3000（(【\[]*(牵头单位|責任單位|责任单位|配合单位|参与单位|主办单位|承办单位|协办单位|完成时限|完成时间|时间进度|联系人|联系电话|填报单位|填表人|审核人|附件)/;

/** True when the line is boilerplate that may repeat (see `BOILERPLATE`), or a template line with ×× blanks. */
export function isBoilerplate(text: string, line: Line): boolean {
  if (BOILERPLATE.test(text.slice(line.start, Math.min(line.end, line.start + 24)))) return true;
  // Scan the line only: indexOf would run on to the end of the text for every line.
  for (let i = line.start; i < line.end; i++) if (text.charCodeAt(i) === 0xd7) return true;
  return false;
}

/** The paragraph keys of a document: per line, its normalised key and CJK count. */
export interface ParagraphTable {
  readonly keys: readonly string[];
  readonly cjk: Uint32Array;
}

/** A bracketed responsibility tag, `（牵头单位：…；责任单位：…）`: the same on many tasks, so not part of a key. */
const TAG = /[（(](?:牵头单位|牵头部门|责任单位|责任部门|配合单位|完成时限|完成时间)[^（）()\n\r]*[）)]/g;

/** Normalises every line of `text`, responsibility tags left out. */
export function paragraphTable(text: string, lines: readonly Line[]): ParagraphTable {
  const keys: string[] = new Array(lines.length);
  const cjk = new Uint32Array(lines.length);
  // Tag ranges, found in one scan of the text (sorted, not overlapping).
  const tags: number[] = [];
  TAG.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TAG.exec(text)); ) tags.push(m.index, m.index + m[0].length);
  let t = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    while (t < tags.length && tags[t + 1] <= start) t += 2;
    if (t >= tags.length || tags[t] >= end) {
      const n = normaliseSpan(text, start, end);
      keys[i] = n.key;
      cjk[i] = n.cjk;
      continue;
    }
    let key = '';
    let count = 0;
    let pos = start;
    for (let k = t; k < tags.length && tags[k] < end; k += 2) {
      const piece = normaliseSpan(text, pos, tags[k]);
      key += piece.key;
      count += piece.cjk;
      pos = Math.min(end, tags[k + 1]);
    }
    const rest = normaliseSpan(text, pos, end);
    keys[i] = key + rest.key;
    cjk[i] = count + rest.cjk;
  }
  return { keys, cjk };
}
