/**
 * `unit-name-variants`: one unit written in two forms among the task units (`区商务委` and
 * `区商务委员会`, `各县(市、区)` and `各县（市、区）`, a declared short form beside the full name).
 * Reported at each use of the less frequent form; the fix writes the more frequent one (not safe:
 * which form the document should use is the drafter's choice).
 */
import { isPlaceholderUnit, tasksOf, type TaskUnit } from '../facts/tasks';
import { lineAt } from '../model/model';
import type { Rule } from '../types';

export const unitNameVariants: Rule = {
  id: 'unit-name-variants',
  defaultSeverity: 'info',
  description: 'rule.unit-name-variants',
  tags: ['tasks'],
  check({ text, model }, report) {
    const byKey = new Map<string, TaskUnit[]>();
    for (const t of tasksOf(model)) {
      for (const u of [...t.lead, ...t.responsible]) {
        if (isPlaceholderUnit(u.name)) continue;
        const list = byKey.get(u.key) ?? [];
        list.push(u);
        byKey.set(u.key, list);
      }
    }
    for (const uses of byKey.values()) {
      const counts = new Map<string, TaskUnit[]>();
      for (const u of uses) counts.set(u.name, [...(counts.get(u.name) ?? []), u]);
      if (counts.size < 2) continue;
      // The main form: the most used, the first written on a tie.
      const forms = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
      const [main, mainUses] = forms[0];
      const first = mainUses[0];
      for (const [, list] of forms.slice(1)) {
        for (const u of list) {
          report({
            start: u.start,
            end: u.end,
            message: { key: 'tasks.unitVariant', args: [u.name, main, lineAt(model.lines, first.start) + 1] },
            related: [{ start: first.start, end: first.end, message: { key: 'tasks.unitVariantRelated', args: [main] } }],
            // A name broken over lines (a hard-wrapped copy) gets no fix: it would join the lines.
            fixes: text.slice(u.start, u.end).includes('\n')
              ? []
              : [
                  {
                    title: { key: 'tasks.unitVariantFix', args: [main] },
                    edits: [{ start: u.start, end: u.end, newText: main }],
                    safe: false,
                  },
                ],
          });
        }
      }
    }
  },
};
