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

/**
 * Simplified forms of the Traditional characters of the zone words (回顧, 工作總結, 工作計劃, 預期目標…),
 * beyond those of TRADITIONAL: a Big5 page's headings say review or plan in the same words.
 */
const ZONE_SIMPLIFIED: Readonly<Record<string, string>> = {
  顧: '顾',
  總: '总',
  結: '结',
  況: '况',
  進: '进',
  執: '执',
  開: '开',
  實: '实',
  績: '绩',
  過: '过',
  來: '来',
  計: '计',
  劃: '划',
  務: '务',
  預: '预',
  發: '发',
  體: '体',
  驟: '骤',
  動: '动',
  舉: '举',
  剛: '刚',
  間: '间',
  區: '区',
  縣: '县',
  經: '经',
  濟: '济',
  報: '报',
  單: '单',
  ...Object.fromEntries(Object.entries(TRADITIONAL).map(([simplified, traditional]) => [traditional, simplified])),
};
/** The keys of ZONE_SIMPLIFIED, each replaced by its Simplified form (every key is one UTF-16 unit). */
const ZONE_TRADITIONAL_CHARS = new RegExp(`[${Object.keys(ZONE_SIMPLIFIED).join('')}]`, 'g');
const simplifiedOf = (c: string): string => ZONE_SIMPLIFIED[c];
/** A converter's pinyin gloss after a character (`發(fā)`). */
const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/g;

/** 1 for `(` (a gloss may follow) and 2 for the keys of ZONE_SIMPLIFIED, by UTF-16 unit. */
const CONVERTED = new Uint8Array(65536);
CONVERTED[0x28] = 1;
for (const c of Object.keys(ZONE_SIMPLIFIED)) CONVERTED[c.charCodeAt(0)] = 2;

/** `s` with the Traditional characters of the zone words in their Simplified form and pinyin glosses dropped. */
export function toSimplified(s: string): string {
  // One look-up per character finds whether there is anything to do: most text is Simplified
  // without glosses (a regex test of the character class cost about three times as much).
  let seen = 0;
  for (let i = 0; i < s.length && seen !== 3; i++) seen |= CONVERTED[s.charCodeAt(i)];
  if (seen === 0) return s;
  if ((seen & 1) !== 0) s = s.replace(GLOSS, '');
  // One replace of the characters found rather than a string built a character at a time.
  return (seen & 2) !== 0 ? s.replace(ZONE_TRADITIONAL_CHARS, simplifiedOf) : s;
}
