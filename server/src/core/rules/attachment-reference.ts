/**
 * `attachment-reference`: a reference to an attachment the document does not have (`见附件3`
 * with two attachments), one attachment given two names, and an attachment page whose title
 * differs from its entry in the 附件说明. Silent unless the document has attachments of its own.
 */
import { attachments, sameName, type AttachmentName } from '../facts/attachments';
import type { Rule } from '../types';

export const attachmentReference: Rule = {
  id: 'attachment-reference',
  defaultSeverity: 'warning',
  description: 'rule.attachment-reference',
  tags: ['consistency', 'attachments'],
  check({ model }, report) {
    const a = attachments(model);
    if (!a.any) return;
    const known = new Map<number, AttachmentName>();
    for (const x of a.listed) if (!known.has(x.number)) known.set(x.number, x);
    for (const p of a.pages) {
      const entry = known.get(p.number);
      if (!entry) continue;
      const same = sameName(p.name, entry.name) || (p.continuation !== undefined && sameName(p.name + p.continuation, entry.name));
      if (!same) {
        report({
          start: p.start,
          end: p.end,
          message: { key: 'attachment.pageTitle', args: [p.number, entry.name] },
          related: [{ start: entry.start, end: entry.end, message: { key: 'attachment.related', args: [entry.number] } }],
        });
      }
    }
    const numbers = new Set([...a.listed.map((x) => x.number), ...a.pages.map((p) => p.number)]);
    for (const p of a.pages) if (!known.has(p.number)) known.set(p.number, p);
    for (const r of a.references) {
      if (!numbers.has(r.number)) {
        const count = numbers.size;
        report({
          start: r.start,
          end: r.end,
          message:
            count === 1 ? { key: 'attachment.missingOne', args: [r.number] } : { key: 'attachment.missing', args: [r.number, count] },
        });
        continue;
      }
      const entry = known.get(r.number);
      if (r.name && entry && !sameName(r.name, entry.name)) {
        report({
          start: r.start,
          end: r.end,
          message: { key: 'attachment.twoNames', args: [r.number, r.name, entry.line + 1, entry.name] },
          related: [{ start: entry.start, end: entry.end, message: { key: 'attachment.related', args: [entry.number] } }],
        });
      }
    }
  },
};
