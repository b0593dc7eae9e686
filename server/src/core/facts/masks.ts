/**
 * Spans the consistency checks must not read as prose: HTML tags and entities (scraped bodies keep
 * `style="…"` and `rgb(0,0,0)` inside tags), URLs and e-mail addresses, Markdown code spans.
 */

/** Han characters of the BMP and the surrogate lead units of the supplementary planes. */
export const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87e);

const PATTERNS = [
  /<[A-Za-z/!][^<>\n]{0,800}>/g,
  /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g,
  /(?:https?|ftp):\/\/[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+/g,
  /www\.[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+/g,
  /`[^`\n]+`/g,
  // A Markdown link's target: `[text](url)`.
  /\]\([^)\n]*\)/g,
];

let cachedText: string | undefined;
let cachedMask: Uint8Array | undefined;

/**
 * One byte per UTF-16 unit: 1 where the text is markup, an address or code. Several rules ask for
 * the same text in one analysis: the last one is kept (callers that write into it take a copy).
 */
export function markupMask(text: string): Uint8Array {
  if (text === cachedText && cachedMask) return cachedMask;
  const mask = computeMask(text);
  cachedText = text;
  cachedMask = mask;
  return mask;
}

/**
 * The mask of `text`, the next version of `prevText` (`[start, oldEnd)` of it replaced by
 * `[start, newEnd)`), made from `prevText`'s: no pattern crosses a `\n`, so only the lines from
 * the one holding `start` to the one holding `newEnd` are scanned again. Kept as `markupMask`'s
 * (services/incremental.ts: a keystroke in a large plan).
 */
export function markupMaskAfterEdit(prevText: string, text: string, start: number, oldEnd: number, newEnd: number): Uint8Array | undefined {
  if (prevText !== cachedText || !cachedMask) return undefined;
  const prevMask = cachedMask;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', newEnd);
  const to = lineEnd < 0 ? text.length : lineEnd;
  const oldTo = to - (newEnd - oldEnd);
  const mask = new Uint8Array(text.length + 1);
  mask.set(prevMask.subarray(0, from));
  mask.set(computeMask(text.slice(from, to)).subarray(0, to - from), from);
  mask.set(prevMask.subarray(oldTo), to);
  cachedText = text;
  cachedMask = mask;
  return mask;
}

function computeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  // Most plans hold none of these: one cheap test per pattern first.
  if (
    text.indexOf('<') < 0 &&
    text.indexOf('&') < 0 &&
    text.indexOf('://') < 0 &&
    text.indexOf('www.') < 0 &&
    text.indexOf('@') < 0 &&
    text.indexOf('`') < 0 &&
    text.indexOf('](') < 0
  )
    return mask;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) mask.fill(1, m.index, m.index + m[0].length);
  }
  // E-mail addresses, read outwards from each @ (a regex that starts with the local part is tried,
  // and fails, at every letter of a long Latin run).
  const local = (c: number) =>
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && local(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && local(text.charCodeAt(e))) e++;
    if (s < at && /\.[A-Za-z]{2,}$/.test(text.slice(at + 1, e))) mask.fill(1, s, e);
  }
  return mask;
}
