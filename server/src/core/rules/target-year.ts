/** `target-year`: a target set for a year before the plan year (`到2005年底…` in a 2007 plan). */
import { planYear } from '../facts/targets';
import type { Rule } from '../types';

const RE = /(?:到|至|于|在)\s*(\d{4})\s*年\s*(?:底|末|前|内|年底)?|(\d{4})\s*年\s*(?:底前|年底前|前完成|底完成)/g;

export const targetYear: Rule = {
  id: 'target-year',
  defaultSeverity: 'warning',
  description: 'rule.target-year',
  tags: ['targets'],
  locality: 'target',
  check({ text, model, targets }, report) {
    const year = planYear(model);
    if (year === undefined) return;
    const done = new Set<number>();
    // Sentences already read without a finding: the sentence's other targets would read it again.
    let readStart = -1;
    let readEnd = -1;
    for (const t of targets) {
      // Only the plan's targets: a review's figures and their years are history.
      if (t.kind !== 'target' || t.zone === 'review' || done.has(t.sentenceStart)) continue;
      if (t.sentenceStart === readStart && t.sentenceEnd === readEnd) continue;
      readStart = t.sentenceStart;
      readEnd = t.sentenceEnd;
      const sentence = text.slice(t.sentenceStart, t.sentenceEnd);
      // Both forms hold a 年.
      if (!sentence.includes('年')) continue;
      RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RE.exec(sentence))) {
        const y = Number(m[1] ?? m[2]);
        const before = sentence.slice(Math.max(0, m.index - 2), m.index);
        if (y >= year || y < 1949 || /比|较|与|同/.test(before)) continue;
        done.add(t.sentenceStart);
        const at = t.sentenceStart + m.index + m[0].indexOf(String(y));
        report({ start: at, end: at + 4, message: { key: 'targets.yearBeforePlan', args: [y, year] } });
      }
    }
  },
};
