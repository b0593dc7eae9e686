/**
 * `review-needed`: a `【待核：…】` mark left by the next-year draft (core/services/nextYear.ts) around a
 * detail that was true last year (a date, 第七届, a baseline year). The fix removes the mark and
 * keeps the text.
 */
import { classifyReview, draftMarksOf, reviewMessage } from '../facts/draftMarks';
import type { Rule } from '../types';

export const reviewNeeded: Rule = {
  id: 'review-needed',
  defaultSeverity: 'info',
  description: 'rule.review-needed',
  tags: ['draft'],
  // Marks are 【…】 within a line; up to 8 characters after one are read (the next line's start).
  quiet: { unless: /[【】]/, reach: 8, reachEnd: 0 },
  check({ text, model }, report) {
    for (const m of draftMarksOf(model, text)) {
      if (m.kind !== 'review') continue;
      const kind = classifyReview(m.inner, text.slice(m.end, m.end + 4));
      report({
        start: m.start,
        end: m.end,
        message: reviewMessage(kind, m.inner),
        fixes: [{ title: { key: 'review.confirm' }, edits: [{ start: m.start, end: m.end, newText: m.inner }], safe: false }],
      });
    }
  },
};
