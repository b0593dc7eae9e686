/**
 * `mixed-width` (hint): one document writing both `%` and `％`, or full-width digits `１２` among
 * half-width ones (GB/T 15835: half-width digits); the minority form is reported, with a certain
 * fix. A letter `l` or `O` inside a number (`l00万`, `2O24年`: a character misread by OCR or typed
 * beside its twin) is a warning.
 */
import { markupMask } from '../facts/masks';
import type { Rule } from '../types';

const FULL_DIGITS = /[０-９]+/g;
/** % ％, the full-width digits, l and O. */
const RE_LOOKED_AT = /[%％０-９lO]/g;
/** `l00万`, `1O0`, `2O24年`: digits and l/O, at least one of each, with a unit or a year after it. */
const LETTER_IN_NUMBER =
  /(?<![A-Za-z0-9._-])(?=[0-9lO]*[0-9])(?=[0-9lO]*[lO])[0-9lO]{2,}(?=(?:\.\d+)?[万亿元%％个家项人次吨米亩户年月日千百倍‰])/y;

export const mixedWidth: Rule = {
  id: 'mixed-width',
  defaultSeverity: 'hint',
  description: 'rule.mixed-width',
  tags: ['consistency', 'numbers'],
  // It reads percent signs, digits and l/O (their counts over the whole text included), the
  // characters next to a run of them, and markup (masks.ts: ASCII, a tag's length).
  quiet: { unless: /[<>]/, near: [[/[%％０-９\x21-\x7e]/, 1]], reach: 0 },
  check({ text }, report) {
    const mask = markupMask(text);
    // % and ％: the form the document uses less is the odd one (％ on a tie: GB/T 15835 wants %).
    const half: number[] = [];
    const full: number[] = [];
    // Every unit the rule looks at, in one scan (they are rare in Chinese text): five searches
    // of the whole text before.
    const letters: [number[], number[]] = [[], []];
    let fullDigit = false;
    RE_LOOKED_AT.lastIndex = 0;
    for (let m = RE_LOOKED_AT.exec(text); m; m = RE_LOOKED_AT.exec(text)) {
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c === 0x25) {
        if (!mask[i]) half.push(i);
      } else if (c === 0xff05) {
        if (!mask[i]) full.push(i);
      } else if (c === 0x6c) letters[0].push(i);
      else if (c === 0x4f) letters[1].push(i);
      else fullDigit = true;
    }
    if (half.length && full.length) {
      const [odd, to] = full.length <= half.length ? [full, '%'] : [half, '％'];
      for (const at of odd) {
        report({
          start: at,
          end: at + 1,
          message: { key: 'width.percent', args: [to] },
          fixes: [{ title: { key: 'fix.replaceWith', args: [to] }, edits: [{ start: at, end: at + 1, newText: to }], safe: true }],
        });
      }
    }
    if (fullDigit && /[0-9]/.test(text)) {
      FULL_DIGITS.lastIndex = 0;
      for (const m of text.matchAll(FULL_DIGITS)) {
        if (mask[m.index]) continue;
        const to = [...m[0]].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
        report({
          start: m.index,
          end: m.index + m[0].length,
          message: { key: 'width.digits', args: [m[0], to] },
          fixes: [
            {
              title: { key: 'fix.replaceWith', args: [to] },
              edits: [{ start: m.index, end: m.index + m[0].length, newText: to }],
              safe: true,
            },
          ],
        });
      }
    }
    // From each l or O (rare in Chinese text) out to the run of digits and l/O around it.
    const isRun = (c: number) => (c >= 48 && c <= 57) || c === 108 /* l */ || c === 79; /* O */
    let after = 0;
    for (const positions of letters) {
      for (const i of positions) {
        if (i < after) continue;
        let s = i;
        while (s > 0 && isRun(text.charCodeAt(s - 1))) s--;
        let e = i + 1;
        while (e < text.length && isRun(text.charCodeAt(e))) e++;
        after = e;
        LETTER_IN_NUMBER.lastIndex = s;
        const m = LETTER_IN_NUMBER.exec(text);
        if (!m || m.index !== s || m[0].length !== e - s || mask[s]) continue;
        const w = m[0];
        // O2O, B2B-like codes start and end with a letter.
        if (/^[lO]/.test(w) && /[lO]$/.test(w)) continue;
        const to = w.replace(/l/g, '1').replace(/O/g, '0');
        report({
          start: s,
          end: e,
          severity: 'warning',
          message: { key: 'width.letterInNumber', args: [w, to] },
          fixes: [{ title: { key: 'fix.replaceWith', args: [to] }, edits: [{ start: s, end: e, newText: to }], safe: true }],
        });
      }
      after = 0;
    }
  },
};
