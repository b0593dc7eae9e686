/**
 * Document statistics shown in the status bar. Shared by the server (whole document) and the
 * client (the selection), so both count the same way.
 */

/** 字数 as Word counts it: every non-whitespace character, surrogate pairs counted once. */
export function countCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xfeff) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}
