/**
 * `task-no-lead`: a task whose unit labels or table row name no lead unit, in a document where most
 * such tasks name one. Role-word tags (`（A负责）`, `（B按职责分工负责）`) name their owner and are
 * not counted: only the form that has a 牵头单位 slot can leave it empty.
 */
import { tasksOf } from '../facts/tasks';
import type { Rule } from '../types';

export const taskNoLead: Rule = {
  id: 'task-no-lead',
  defaultSeverity: 'info',
  description: 'rule.task-no-lead',
  tags: ['tasks'],
  check({ model }, report) {
    const slotted = tasksOf(model).filter((t) => t.source !== 'tag');
    const withLead = slotted.filter((t) => t.lead.length > 0).length;
    // "Most": at least three tasks with a lead and two thirds of all.
    if (withLead < 3 || withLead * 3 < slotted.length * 2) return;
    for (const t of slotted) {
      if (t.lead.length > 0) continue;
      const a = t.assignments[0];
      report({ start: a.start, end: a.end, message: { key: 'tasks.noLead', args: [slotted.length, withLead] } });
    }
  },
};
