/**
 * `document-number`: a 发文字号 not in the form of GB/T 9704-2012 §7.2.4 — the year in full inside
 * 〔〕, no 第, no leading zeros (`沪商发[2024]第03号` → `沪商发〔2024〕3号`); the fix is certain.
 */
import { documentNumberProblems } from '../facts/formal';
import type { Rule } from '../types';

export const documentNumber: Rule = {
  id: 'document-number',
  defaultSeverity: 'warning',
  description: 'rule.document-number',
  tags: ['consistency', 'formal'],
  // A 文号 is brackets, digits, 第, 号 and blanks after up to 10 Han characters of organ code (and
  // breaks over lines only at blanks); markup (ASCII) around it is read too.
  quiet: { unless: /[<>]/, near: [[/[\x21-\x7e\s０-９号號〔〕［］【】（）]/, 12]], reach: 0 },
  check({ model }, report) {
    for (const n of documentNumberProblems(model)) {
      report({
        start: n.start,
        end: n.end,
        message: { key: 'docNumber.form', args: [n.standard, n.written] },
        fixes: [
          {
            title: { key: 'fix.replaceWith', args: [n.standard] },
            edits: [{ start: n.start, end: n.end, newText: n.standard }],
            safe: true,
          },
        ],
      });
    }
  },
};
