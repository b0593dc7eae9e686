/**
 * `range-mark` (GB/T 15835-2011): a range takes ～ (or —), not a hyphen; both ends carry the unit
 * where the unit is % or a magnitude: `15～30%` → `15%～30%`, `9～16亿` → `9亿～16亿`.
 * The ASCII `~` is left alone: it is how ～ is typed on most keyboards and reads the same.
 */
import { joinWrapped, shownText } from '../facts/targets';
import type { Rule } from '../types';

const HYPHENS = new Set(['-', '－', '–']);

export const rangeMark: Rule = {
  id: 'range-mark',
  defaultSeverity: 'info',
  description: 'rule.range-mark',
  tags: ['targets', 'punctuation'],
  locality: 'target',
  check({ text, targets }, report) {
    for (const t of targets) {
      if (!t.rangeMark || t.valueMax === undefined) continue;
      const markAt = t.start + t.text.indexOf(t.rangeMark, String(t.value).length);
      const leftEnd = markAt;
      const left = text.slice(t.start, leftEnd);
      // Unit at the left end: % or a magnitude must be repeated (15%～30%, 9亿～16亿).
      const repeat = /^(%|‰|万亿|亿|万)/.exec(t.unit)?.[1];
      const needsUnit = repeat !== undefined && !left.endsWith(repeat);
      const hyphen = HYPHENS.has(t.rangeMark);
      if (!hyphen && !needsUnit) continue;
      const edits = [];
      if (needsUnit) edits.push({ start: leftEnd, end: leftEnd, newText: repeat as string });
      if (hyphen) edits.push({ start: markAt, end: markAt + t.rangeMark.length, newText: '～' });
      const fixed =
        text.slice(t.start, leftEnd) +
        (needsUnit ? repeat : '') +
        (hyphen ? '～' : t.rangeMark) +
        text.slice(markAt + t.rangeMark.length, t.end);
      // The fixed range as a reader sees it (a hard wrap's line break left out).
      const shown = joinWrapped(fixed);
      report({
        start: t.start,
        end: t.end,
        message: hyphen
          ? { key: 'targets.rangeHyphen', args: [t.rangeMark, shownText(t), shown] }
          : { key: 'targets.rangeUnit', args: [shownText(t), shown] },
        fixes: [{ title: { key: 'fix.rangeMark', args: [shown] }, edits, safe: true }],
      });
    }
  },
};
