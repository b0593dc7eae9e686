/**
 * `repeated-word`: a word of two or more characters written twice in a row (seed 003 `作為作為`).
 * Reduplication that Chinese uses on purpose is left alone: 一个一个, 研究研究, 雪白雪白,
 * 谢谢谢谢, 二〇二〇, 是不是不是 (a longer periodic run).
 */
import { PARALLEL_PHRASES, REDUPLICATED } from '../text/reduplications';
import type { Rule } from '../types';

/** U+3400 to U+9FFF: Extension A, the hexagram symbols between, the Unified block (the `[\u3400-\u9fff]` the rule was written with). */
const isHanBlock = (c: number) => c >= 0x3400 && c <= 0x9fff;

/**
 * The length of the word written twice from `i` — 4, 3 or 2 Han characters, the longest first —
 * or 0: what `/([\u3400-\u9fff]{2,4})\1/y` matches there, without a regex call per candidate.
 */
function doublingAt(text: string, i: number): number {
  for (let length = 4; length >= 2; length--) {
    let k = 0;
    while (k < length && isHanBlock(text.charCodeAt(i + k)) && text.charCodeAt(i + k) === text.charCodeAt(i + length + k)) k++;
    if (k === length) return length;
  }
  return 0;
}
const NUMERALS = /^[〇零一二三四五六七八九十百千万两]+$/;
export const repeatedWord: Rule = {
  id: 'repeated-word',
  defaultSeverity: 'warning',
  description: 'rule.repeated-word',
  tags: ['duplicates', 'typo'],
  locality: 'line',
  check({ text }, report) {
    // A doubling can only start at a Han character that comes again two, three or four places on
    // (a backreference regex tried at every character was the cost of this rule). A window of the
    // next five characters, so each is read once.
    const n = text.length;
    let c1 = n > 0 ? text.charCodeAt(0) : 0;
    let c2 = n > 1 ? text.charCodeAt(1) : 0;
    let c3 = n > 2 ? text.charCodeAt(2) : 0;
    let c4 = n > 3 ? text.charCodeAt(3) : 0;
    for (let i = 0; i < n; i++) {
      const c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = c4;
      // Past the end: 0, not NaN (a NaN makes the whole loop take the slow floating-point path).
      c4 = i + 4 < n ? text.charCodeAt(i + 4) : 0;
      if ((c0 !== c2 && c0 !== c3 && c0 !== c4) || !isHanBlock(c0)) continue;
      const length = doublingAt(text, i);
      if (!length) continue;
      const word = text.slice(i, i + length);
      const start = i;
      const end = start + 2 * length;
      // Go on after the match, with the window refilled there.
      i = end - 1;
      c1 = end < n ? text.charCodeAt(end) : 0;
      c2 = end + 1 < n ? text.charCodeAt(end + 1) : 0;
      c3 = end + 2 < n ? text.charCodeAt(end + 2) : 0;
      c4 = end + 3 < n ? text.charCodeAt(end + 3) : 0;
      if (word[0] === word[1] && word.length === 2) continue; // 谢谢谢谢, 常常常常
      if (word[0] === '一' && word.length === 2) continue; // 一个一个, 一步一步
      // `一个细节一个细节地抠` (one detail after another, thirteenth blind set 533): 一 with a measure and its noun, then 地.
      if (word[0] === '一' && text.charCodeAt(end) === 0x5730 /* 地 */) continue;
      if (NUMERALS.test(word) || REDUPLICATED.has(word)) continue;
      // `企业创业创新`: 业创业创 is 企业 running into the parallel phrase 创业创新, no doubling.
      if (length === 2 && PARALLEL_PHRASES.has(text.slice(start + 1, start + 5))) continue;
      // Part of a longer periodic run (是不是不是, 哈哈哈哈哈): not a plain doubling.
      if (text[end] === word[0] || text[start - 1] === word[word.length - 1]) continue;
      // Removing the copy would leave another doubling at the same place (南省南南省南): ambiguous.
      if (/^([\u3400-\u9fff]{2,4})\1/.test(word + text.slice(end, end + 8))) continue;
      report({
        start,
        end,
        message: { key: 'repeated.word', args: [word] },
        fixes: [
          { title: { key: 'fix.removeRepeat', args: [word] }, edits: [{ start: start + word.length, end, newText: '' }], safe: true },
        ],
      });
    }
  },
};
