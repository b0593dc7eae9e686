/**
 * `range-mark` (GB/T 15835-2011): a range takes ～ (or —), not a hyphen; both ends carry the unit
 * where the unit is % or a magnitude: `15～30%` → `15%～30%`, `9～16亿` → `9亿～16亿`.
 * The ASCII `~` is left alone: it is how ～ is typed on most keyboards and reads the same.
 * It reads every range the quantity scanner reads (quantityRanges), not only the targets: the terms of a measure
 * (`给予每个项目3-10万元`), an age (`2-3岁托班`) or a distance (`50-300米半径`) are ranges all the same.
 */
import { quantityRanges } from '../facts/targets';
import type { Rule } from '../types';

const HYPHENS = new Set(['-', '－', '–']);

export const rangeMark: Rule = {
  id: 'range-mark',
  defaultSeverity: 'info',
  description: 'rule.range-mark',
  tags: ['targets', 'punctuation'],
  // It reads only the text, and each range lies within its line (quantityRanges).
  locality: 'line',
  check({ text }, report) {
    for (const r of quantityRanges(text)) {
      const markAt = text.indexOf(r.rangeMark, r.numEnd);
      const leftEnd = markAt;
      const left = text.slice(r.start, leftEnd);
      // Unit at the left end: % or a magnitude must be repeated (15%～30%, 9亿～16亿).
      const repeat = /^(%|‰|万亿|亿|万)/.exec(r.unit)?.[1];
      const needsUnit = repeat !== undefined && !left.endsWith(repeat);
      const hyphen = HYPHENS.has(r.rangeMark);
      if (!hyphen && !needsUnit) continue;
      const edits = [];
      if (needsUnit) edits.push({ start: leftEnd, end: leftEnd, newText: repeat as string });
      if (hyphen) edits.push({ start: markAt, end: markAt + r.rangeMark.length, newText: '～' });
      const written = text.slice(r.start, r.end);
      const fixed =
        text.slice(r.start, leftEnd) +
        (needsUnit ? repeat : '') +
        (hyphen ? '～' : r.rangeMark) +
        text.slice(markAt + r.rangeMark.length, r.end);
      report({
        start: r.start,
        end: r.end,
        message: hyphen
          ? { key: 'targets.rangeHyphen', args: [r.rangeMark, written, fixed] }
          : { key: 'targets.rangeUnit', args: [written, fixed] },
        fixes: [{ title: { key: 'fix.rangeMark', args: [fixed] }, edits, safe: true }],
      });
    }
  },
};
