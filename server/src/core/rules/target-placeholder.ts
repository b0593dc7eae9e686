/**
 * `target-placeholder`: a `【12】` placeholder left by "起草下一年度计划 / Draft next year's plan"
 * (core/services/nextYear.ts). Warns until the drafter types this year's value; the fix keeps last year's.
 */
import { draftMarksOf, placeholderLabel } from '../facts/draftMarks';
import type { Rule } from '../types';

export const targetPlaceholder: Rule = {
  id: 'target-placeholder',
  defaultSeverity: 'warning',
  description: 'rule.target-placeholder',
  tags: ['targets', 'draft'],
  // Marks are 【…】 within a line; up to 8 characters after one are read (the next line's start).
  quiet: { unless: /[【】]/, reach: 8, reachEnd: 0 },
  check({ text, model }, report) {
    for (const m of draftMarksOf(model, text)) {
      if (m.kind !== 'placeholder') continue;
      report({
        start: m.start,
        end: m.end,
        message: { key: 'targetPlaceholder.fill', args: [placeholderLabel(text, m)] },
        // Not safe: keeping last year's number must be a decision, never part of fix-all.
        fixes: [
          {
            title: { key: 'targetPlaceholder.keep', args: [m.inner] },
            edits: [{ start: m.start, end: m.end, newText: m.inner }],
            safe: false,
          },
        ],
      });
    }
  },
};
