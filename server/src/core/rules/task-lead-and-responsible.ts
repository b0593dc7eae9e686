/**
 * `task-lead-and-responsible`: a unit named both as lead and as responsible for one task
 * (`牵头单位：市商务局；责任单位：市商务局、各区政府`). Certain, so a warning; the fix removes
 * the responsible entry with its separator (not safe: the drafter may have meant another unit).
 */
import { isPlaceholderUnit, tasksOf } from '../facts/tasks';
import type { Rule } from '../types';

export const taskLeadAndResponsible: Rule = {
  id: 'task-lead-and-responsible',
  defaultSeverity: 'warning',
  description: 'rule.task-lead-and-responsible',
  tags: ['tasks'],
  check({ text, model }, report) {
    for (const t of tasksOf(model)) {
      const leads = new Set(t.lead.map((u) => u.key));
      for (const u of t.responsible) {
        if (!leads.has(u.key) || isPlaceholderUnit(u.name)) continue;
        // The entry and one separator next to it (the one after it, or else the one before).
        let start = u.start;
        let end = u.end;
        if (/[、，,；;]/.test(text[end] ?? '')) end++;
        else if (/[、，,；;]/.test(text[start - 1] ?? '')) start--;
        report({
          start: u.start,
          end: u.end,
          message: { key: 'tasks.leadAndResponsible', args: [u.name] },
          fixes: text.slice(start, end).includes('\n')
            ? []
            : [{ title: { key: 'tasks.leadAndResponsibleFix', args: [u.name] }, edits: [{ start, end, newText: '' }], safe: false }],
        });
      }
    }
  },
};
