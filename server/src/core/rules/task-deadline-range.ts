/**
 * `task-deadline-range`: a task's deadline in a year before the plan period or after its end
 * (`2024年6月底前` in a 2025 plan). The period is the title's `2023—2025年` or the plan year; a
 * date after the end counts only when it is the task's given time limit (label, tag, table cell).
 */
import { planPeriod, tasksOf } from '../facts/tasks';
import { planYear } from '../facts/targets';
import type { Rule } from '../types';

export const taskDeadlineRange: Rule = {
  id: 'task-deadline-range',
  defaultSeverity: 'info',
  description: 'rule.task-deadline-range',
  tags: ['tasks'],
  check({ model }, report) {
    const tasks = tasksOf(model).filter((t) => t.deadline);
    if (tasks.length === 0) return;
    const period = planPeriod(model, planYear(model));
    if (!period) return;
    const label = period.from === period.to ? `${period.from}` : `${period.from}—${period.to}`;
    for (const t of tasks) {
      const d = t.deadline!;
      const m = /(\d{4})\s*年/.exec(d.text);
      if (!m) continue;
      const y = Number(m[1]);
      if (y >= period.from && y <= period.to) continue;
      // A date after the period in the task's own text is often a later milestone of a longer
      // project (`力争2027年6月底前建成`); only a given time limit past the end is reported.
      if (y > period.to && !d.given) continue;
      const at = d.start + m.index;
      report({
        start: at,
        end: at + 4,
        message: { key: y < period.from ? 'tasks.deadlineBefore' : 'tasks.deadlineAfter', args: [y, label] },
      });
    }
  },
};
