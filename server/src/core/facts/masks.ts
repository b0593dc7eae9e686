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
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  /`[^`\n]+`/g,
  // A Markdown link's target: `[text](url)`.
  /\]\([^)\n]*\)/g,
];

/** One byte per UTF-16 unit: 1 where the text is markup, an address or code. */
export function markupMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  // Most plans hold none of these: one cheap test per pattern first.
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0 && text.indexOf('://') < 0 && text.indexOf('www.') < 0 && text.indexOf('@') < 0 && text.indexOf('`') < 0 && text.indexOf('](') < 0) return mask;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}
