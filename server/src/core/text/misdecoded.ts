/** Text decoded in the wrong encoding (admission.ts refuses it; the paste rule stays silent on it). Imports nothing. */

/** How much of the start of a text the check reads. */
const SAMPLE = 65536;

/**
 * True when replacement characters (U+FFFD) make up a tenth of the start of the text: bytes in
 * another encoding were decoded as UTF-8 (a GBK file opened as UTF-8 loses nearly every Chinese
 * character). A web page that lost a few characters (the paste-artifact rule's business) stays
 * far below that. The other common misreading, GBK read as Latin-1 / Windows-1252, turns every
 * Chinese character into two accented letters (`¹¤×÷¼Æ»®`): two fifths of the sample in U+0080–U+00FF
 * with hardly any Chinese character is that.
 */
export function misdecoded(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  // The sample as a string of its own (a slice, not a copy): a regex scan of it reads no further.
  const sample = n < text.length ? text.slice(0, n) : text;
  const bad = unitsMatched(REPLACEMENT, sample);
  if (bad >= 32 && bad * 10 >= n) return true;
  const latin = unitsMatched(LATIN1, sample);
  if (latin < 64 || latin * 5 < n * 2) return false;
  return unitsIn(text, n, 0x4e00, 0x9fff) * 20 < latin;
}

const REPLACEMENT = /\uFFFD+/g;
const LATIN1 = /[\u0080-\u00ff]+/g;

/**
 * How many UTF-16 units of `s` the runs that `re` (global, one class repeated) matches cover: a
 * regex scan of the 64 K sample takes a third of the time of a loop over its characters, and
 * the runs are few in a well-decoded text.
 */
function unitsMatched(re: RegExp, s: string): number {
  let count = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) count += m[0].length;
  return count;
}

/**
 * How many of the first `n` UTF-16 units of `text` lie in `[from, to]`. A bounded loop (indexOf
 * would read the whole text when there is none), in a function of its own: V8 compiles a hot loop
 * on the stack (OSR) before the code after it has run once, and a compare there without type
 * feedback then deoptimised that cached code on every call (two deopts per file in a batch check).
 */
function unitsIn(text: string, n: number, from: number, to: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= from && c <= to) count++;
  }
  return count;
}
