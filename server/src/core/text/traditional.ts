/**
 * Traditional forms of the Simplified characters the extractors' word lists hold (plans are pasted
 * from Big5 pages: 萬頭, 個, 噸). Only characters whose Traditional form differs are listed; add to it
 * when a list gains a character.
 */
export const TRADITIONAL: Readonly<Record<string, string>> = {
  个: '個',
  项: '項',
  亩: '畝',
  顷: '頃',
  吨: '噸',
  标: '標',
  准: '準',
  台: '臺',
  辆: '輛',
  场: '場',
  条: '條',
  处: '處',
  头: '頭',
  只: '隻',
  时: '時',
  钟: '鐘',
  岁: '歲',
  车: '車',
  万: '萬',
  亿: '億',
  户: '戶',
  点: '點',
};

/** `s` with every character of TRADITIONAL in its Traditional form. */
export function toTraditional(s: string): string {
  let out = '';
  for (const c of s) out += TRADITIONAL[c] ?? c;
  return out;
}

/** `words` with the Traditional form of each word that has one right after it (order kept, no duplicates). */
export function withTraditional(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) for (const v of [w, toTraditional(w)]) if (!out.includes(v)) out.push(v);
  return out;
}
