/**
 * `date-format`: dates with leading zeros (`2025年01月05日` → `2025年1月5日`, a certain fix), dates
 * that do not exist (`2月30日`, `2025年13月`, `2025年2月29日`), and a 落款 date more than a year
 * before the plan year of the title (a date carried over from an old plan; certain only then).
 */
import { closingDateYear, dateProblems } from '../facts/formal';
import type { Rule } from '../types';

export const dateFormat: Rule = {
  id: 'date-format',
  defaultSeverity: 'warning',
  description: 'rule.date-format',
  tags: ['consistency', 'formal'],
  // A date is digits, 年, 月, 日 and blanks; up to 10 characters around one are read, across line
  // breaks; markup (ASCII, a tag's length) may mask it.
  quiet: { unless: /[<>]/, near: [[/[\d０-９月\s\x21-\x7e]/, 12]], reach: 10 },
  check({ model }, report) {
    for (const d of dateProblems(model)) {
      if (d.kind === 'impossible') {
        report({ start: d.start, end: d.end, message: { key: 'date.impossible', args: [d.written] } });
        continue;
      }
      const standard = d.standard as string;
      report({
        start: d.start,
        end: d.end,
        message: { key: 'date.zeros', args: [d.written, standard] },
        fixes: [
          { title: { key: 'fix.replaceWith', args: [standard] }, edits: [{ start: d.start, end: d.end, newText: standard }], safe: true },
        ],
      });
    }
    // The plan year only from a title that names one year (`2025年工作要点`; not `2023—2025年`, which
    // may be signed in its first year): anything else is a guess.
    const title = model.title?.text ?? '';
    const titleYear = /\d{4}\s*年?\s*[—―\-－～~至到]\s*\d{4}/.test(title) ? null : /(\d{4})\s*年/.exec(title);
    const signed = closingDateYear(model);
    if (titleYear && signed && signed.year < Number(titleYear[1]) - 1) {
      report({ start: signed.start, end: signed.end, message: { key: 'date.signedEarly', args: [signed.year, Number(titleYear[1])] } });
    }
  },
};
