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
  let bad = 0;
  // A bounded loop: indexOf would read the whole text when there is none.
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad >= 32 && bad * 10 >= n) return true;
  let latin = 0;
  let han = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0xff) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return latin >= 64 && latin * 5 >= n * 2 && han * 20 < latin;
}
