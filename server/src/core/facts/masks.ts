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
 * Where each pattern may start: its first unit (`<` `&` the backtick), or the literal it holds
 * (`://` after the scheme, `www.`, `](`), and the `@` of an address. One scan finds them all.
 */
const STARTS = /[<&`@]|:\/\/|www\.|\]\(/g;
/** The patterns, sticky: tried only where STARTS found their start. */
const [TAG, ENTITY, URL, WWW, CODE, LINK] = PATTERNS.map((re) => new RegExp(re.source, 'y'));

/**
 * Marks what `re` (sticky) matches from the candidate starts `at` (ascending), as a global search
 * of the text would: the leftmost match at or after the end of the last one. `back` lists the
 * offsets from a candidate where a match may start, tried in ascending order.
 */
function markFrom(text: string, mask: Uint8Array, re: RegExp, at: readonly number[], back: readonly number[]): void {
  let last = 0;
  for (const q of at) {
    for (const d of back) {
      const p = q + d;
      if (p < last || p < 0) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      mask.fill(1, p, p + m[0].length);
      last = p + m[0].length;
      break;
    }
  }
}

const AT_START = [0];
/** `https://`, `http://`, `ftp://`: the scheme's first letter is 5, 4 or 3 units before `://`. */
const BEFORE_SCHEME_END = [-5, -4, -3];

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
  // Most plans hold none of the starts (one scan then, and an empty mask).
  const lt: number[] = [];
  const amp: number[] = [];
  const scheme: number[] = [];
  const www: number[] = [];
  const tick: number[] = [];
  const link: number[] = [];
  const ats: number[] = [];
  STARTS.lastIndex = 0;
  for (let m = STARTS.exec(text); m; m = STARTS.exec(text)) {
    const c = m[0].charCodeAt(0);
    const list = c === 0x3c ? lt : c === 0x26 ? amp : c === 0x3a ? scheme : c === 0x77 ? www : c === 0x60 ? tick : c === 0x5d ? link : ats;
    list.push(m.index);
  }
  markFrom(text, mask, TAG, lt, AT_START);
  markFrom(text, mask, ENTITY, amp, AT_START);
  markFrom(text, mask, URL, scheme, BEFORE_SCHEME_END);
  markFrom(text, mask, WWW, www, AT_START);
  markFrom(text, mask, CODE, tick, AT_START);
  markFrom(text, mask, LINK, link, AT_START);
  // E-mail addresses, read outwards from each @ (a regex that starts with the local part is tried,
  // and fails, at every letter of a long Latin run).
  const local = (c: number) =>
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
  for (const at of ats) {
    let s = at;
    while (s > 0 && local(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && local(text.charCodeAt(e))) e++;
    if (s < at && /\.[A-Za-z]{2,}$/.test(text.slice(at + 1, e))) mask.fill(1, s, e);
  }
  return mask;
}
