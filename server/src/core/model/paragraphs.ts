/**
 * Paragraph keys for duplicate detection: each line's text with whitespace, punctuation and
 * symbols dropped (full-width letters and digits folded to ASCII), so that copies differing only
 * in spacing or punctuation compare equal. Linear in the text; no pairwise comparison.
 */
import type { Line } from './model';
import { isIdeograph } from '../text/chars';

/** A line counts as a paragraph of its own only from this many CJK characters on. */
export const MIN_PARAGRAPH_CJK = 20;

/**
 * Each UTF-16 unit's normalised form, 0 when dropped: CJK ideographs, ASCII digits and lower-case
 * letters, astral halves and pinyin letters stay; upper-case and full-width letters and digits
 * fold to ASCII lower case; everything else (spaces, punctuation, symbols) goes. One table lookup
 * per character instead of a chain of range tests (this loop runs over every character).
 */
const NORMAL = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (isIdeograph(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xc0 && c <= 0x24f))
      t[c] = c;
    else if (c >= 0x41 && c <= 0x5a) t[c] = c + 32;
    else if (c >= 0xff10 && c <= 0xff19) t[c] = c - 0xfee0;
    else if (c >= 0xff21 && c <= 0xff3a) t[c] = c - 0xfee0 + 32;
    else if (c >= 0xff41 && c <= 0xff5a) t[c] = c - 0xfee0;
  }
  return t;
})();

/**
 * Writes the normalised characters of `text[start, end)` into `out` from `at`; returns the new
 * write position. The CJK characters written are added to `normalised.cjk`, and the characters
 * go into the running hashes `normalised.h1` (FNV-1a) and `normalised.h2` (multiplicative): one
 * pass for both, as this loop runs over every character of the document.
 */
function normaliseInto(text: string, start: number, end: number, out: Uint16Array, at: number): number {
  let w = at;
  let cjk = 0;
  let h1 = normalised.h1;
  let h2 = normalised.h2;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    // The common case first, without touching the table (its ideograph part is larger than L1).
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else {
      c = NORMAL[c];
      if (c === 0) continue;
      // Kept characters at or above U+3400 are ideographs, except the astral halves.
      if (c >= 0x3400 && (c < 0xd800 || c > 0xdfff)) cjk++;
    }
    out[w++] = c;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2, 0x5bd1e995) + c) | 0;
  }
  normalised.cjk += cjk;
  normalised.h1 = h1;
  normalised.h2 = h2;
  return w;
}

/** The CJK count and hashes of the line being normalised (shared, so the hot loop allocates nothing). */
const normalised = { cjk: 0, h1: 0, h2: 0 };

/** A string of UTF-16 units, in slices (String.fromCharCode takes a bounded number of arguments). */
function decode(units: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 8192)
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return s;
}

/** Normalised key of `text[start, end)`, and how many CJK characters it holds. */
export function normaliseSpan(text: string, start: number, end: number): { key: string; cjk: number } {
  if (spanBuffer.length < end - start) spanBuffer = new Uint16Array(2 * (end - start));
  normalised.cjk = 0;
  normalised.h1 = normalised.h2 = 0;
  const w = normaliseInto(text, start, end, spanBuffer, 0);
  return { key: decode(spanBuffer, 0, w), cjk: normalised.cjk };
}

/** normaliseSpan's scratch space, reused (it runs once per heading title). */
let spanBuffer = new Uint16Array(256);

/**
 * Lines that are repeated on purpose in real plans and never count as a duplicated paragraph:
 * responsibility tags, contact and signature lines, form fields.
 */
const BOILERPLATE =
  /^[\s\u3000（(【[]*(牵头单位|責任單位|责任单位|配合单位|参与单位|主办单位|承办单位|协办单位|完成时限|完成时间|时间进度|联系人|联系电话|填报单位|填表人|审核人|附件)/;

/**
 * The paragraph keys of a document: per line, its normalised characters (kept in one array, not
 * as strings: building and hashing a string per line was the main cost of duplicate detection),
 * two independent 32-bit hashes of them, and its CJK count.
 */
export interface ParagraphTable {
  /** Every line's normalised characters, one line after another. */
  readonly chars: Uint16Array;
  /** Line i's characters are `chars[offset[i], offset[i + 1])`. */
  readonly offset: Uint32Array;
  readonly cjk: Uint32Array;
  /**
   * 1 for a long paragraph that counts as one (at least MIN_PARAGRAPH_CJK CJK characters, not
   * boilerplate that may repeat: see BOILERPLATE, and template lines with ×× blanks).
   */
  readonly counts: Uint8Array;
  readonly hash1: Int32Array;
  readonly hash2: Int32Array;
}

/** Length of line i's normalised key (0: nothing but spaces and punctuation). */
export function keyLength(table: ParagraphTable, i: number): number {
  return table.offset[i + 1] - table.offset[i];
}

/** Line i's normalised key as a string. */
export function keyOf(table: ParagraphTable, i: number): string {
  return decode(table.chars, table.offset[i], table.offset[i + 1]);
}

/** True when lines i and j have the same normalised key (hashes first, then the characters). */
export function sameKey(table: ParagraphTable, i: number, j: number): boolean {
  return sameKeyAcross(table, i, table, j);
}

/** A bracketed responsibility tag, `（牵头单位：…；责任单位：…）`: the same on many tasks, so not part of a key. */
const TAG = /[（(](?:牵头单位|牵头部门|责任单位|责任部门|配合单位|完成时限|完成时间)[^（）()\n\r]*[）)]/g;

/**
 * Normalises every line of `text`, responsibility tags left out; or only lines `from..to - 1`
 * (line `from + k` is then the table's line k), which gives those lines the entries the whole
 * table gives them: a tag and a template blank never reach across a line break.
 */
export function paragraphTable(text: string, lines: readonly Line[], from = 0, to = lines.length): ParagraphTable {
  const n = to - from;
  const whole = from === 0 && to === lines.length;
  const spanStart = n > 0 ? lines[from].start : 0;
  const spanEnd = n > 0 ? lines[to - 1].end : 0;
  const chars = new Uint16Array(whole ? text.length : spanEnd - spanStart);
  const offset = new Uint32Array(n + 1);
  const cjk = new Uint32Array(n);
  const counts = new Uint8Array(n);
  const hash1 = new Int32Array(n);
  const hash2 = new Int32Array(n);
  // Tag ranges, found in one scan of the span (sorted, not overlapping).
  const tags: number[] = [];
  TAG.lastIndex = spanStart;
  for (let m: RegExpExecArray | null; (m = TAG.exec(text)) && m.index < spanEnd;) tags.push(m.index, m.index + m[0].length);
  // Where the × of template blanks stand (indexOf is far faster than a scan of every line).
  const times: number[] = [];
  for (let at = text.indexOf('×', spanStart); at >= 0 && at < spanEnd; at = text.indexOf('×', at + 1)) times.push(at);
  let x = 0;
  let t = 0;
  let w = 0;
  for (let r = 0; r < n; r++) {
    const { start, end } = lines[from + r];
    normalised.cjk = 0;
    normalised.h1 = 0x811c9dc5 | 0;
    normalised.h2 = 0;
    while (t < tags.length && tags[t + 1] <= start) t += 2;
    let pos = start;
    for (let k = t; k < tags.length && tags[k] < end; k += 2) {
      w = normaliseInto(text, pos, Math.max(pos, tags[k]), chars, w);
      pos = Math.min(end, Math.max(pos, tags[k + 1]));
    }
    w = normaliseInto(text, pos, end, chars, w);
    cjk[r] = normalised.cjk;
    offset[r + 1] = w;
    while (x < times.length && times[x] < start) x++;
    const template = x < times.length && times[x] < end;
    if (cjk[r] >= MIN_PARAGRAPH_CJK && !template && !BOILERPLATE.test(text.slice(start, Math.min(end, start + 24)))) counts[r] = 1;
    // Two 32-bit hashes, 64 bits together, compared before the characters are (sameKey).
    hash1[r] = normalised.h1;
    const h2 = (Math.imul(normalised.h2, 0x5bd1e995) + (w - offset[r])) | 0;
    hash2[r] = h2 ^ (h2 >>> 13);
  }
  return { chars, offset, cjk, counts, hash1, hash2 };
}

/**
 * `table` with its line `line` replaced by the one line of `entry` (a paragraphTable of that line
 * alone): the table of a text edited inside that line, the other lines' entries copied.
 */
export function spliceParagraphTable(table: ParagraphTable, line: number, entry: ParagraphTable, textLength: number): ParagraphTable {
  const n = table.cjk.length;
  const a = table.offset[line];
  const b = table.offset[line + 1];
  const len = entry.offset[1];
  const d = len - (b - a);
  const total = table.offset[n] + d;
  const chars = new Uint16Array(Math.max(textLength, total));
  chars.set(table.chars.subarray(0, a));
  chars.set(entry.chars.subarray(0, len), a);
  chars.set(table.chars.subarray(b, table.offset[n]), a + len);
  const offset = table.offset.slice();
  if (d !== 0) for (let i = line + 1; i <= n; i++) offset[i] += d;
  const cjk = table.cjk.slice();
  const counts = table.counts.slice();
  const hash1 = table.hash1.slice();
  const hash2 = table.hash2.slice();
  cjk[line] = entry.cjk[0];
  counts[line] = entry.counts[0];
  hash1[line] = entry.hash1[0];
  hash2[line] = entry.hash2[0];
  return { chars, offset, cjk, counts, hash1, hash2 };
}

/** True when line i of table `a` and line j of table `b` have the same normalised key (hashes first, then the characters). */
export function sameKeyAcross(a: ParagraphTable, i: number, b: ParagraphTable, j: number): boolean {
  if (a.hash1[i] !== b.hash1[j] || a.hash2[i] !== b.hash2[j]) return false;
  const x = a.offset[i];
  const y = b.offset[j];
  const n = a.offset[i + 1] - x;
  if (b.offset[j + 1] - y !== n) return false;
  for (let k = 0; k < n; k++) if (a.chars[x + k] !== b.chars[y + k]) return false;
  return true;
}
