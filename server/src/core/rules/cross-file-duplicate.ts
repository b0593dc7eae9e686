/**
 * `cross-file-duplicate` (off by default; `workplan.crossFile.enabled`): a paragraph unchanged
 * from another work plan of the workspace, e.g. carried over from last year's plan.
 */
import { keyOf } from '../model/paragraphs';
import { duplicateInfo } from '../facts/duplicates';
import { indexOtherDocument } from '../facts/crossFile';
import type { Rule } from '../types';

export const crossFileDuplicate: Rule = {
  id: 'cross-file-duplicate',
  defaultSeverity: 'info',
  defaultOff: true,
  description: 'rule.cross-file-duplicate',
  tags: ['duplicates', 'cross-file'],
  check({ text, model, options }, report) {
    const others = options.otherDocuments;
    if (!others || others.size === 0) return;
    const indexed = [...others.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([uri, doc]) => ({ uri, title: doc.title, paragraphs: indexOtherDocument(uri, doc.text, doc.version) }));
    const { table } = duplicateInfo(model);
    const { lines } = model;
    for (let i = 0; i < lines.length; i++) {
      if (!table.counts[i]) continue;
      const key = keyOf(table, i);
      for (const other of indexed) {
        const line = other.paragraphs.get(key);
        if (line === undefined) continue;
        let start = lines[i].start;
        while (start < lines[i].end && /\s/.test(text[start])) start++;
        report({
          start,
          end: lines[i].end,
          message: { key: 'crossFile.same', args: [other.title, line + 1] },
          related: [{ start: 0, end: 0, uri: other.uri, line, message: { key: 'crossFile.related', args: [other.title, line + 1] } }],
        });
        break;
      }
    }
  },
};
