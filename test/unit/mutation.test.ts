/**
 * Mutation tests: take clean real documents, delete, duplicate or swap one heading, and assert
 * that the right numbering rule fires at the right line — and nothing else from those rules.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/services/analyze';
import { numeralEdit, siblingLists } from '../../server/src/core/model/lists';
import { applyEdits } from '../../server/src/core/services/fixes';
import { positionAt, type Heading } from '../../server/src/core/model/model';
import type { TextEdit } from '../../server/src/core/types';
import { realDocuments } from './realDocuments';

const NUMBERING = new Set([
  'numbering-gap',
  'numbering-duplicate',
  'numbering-order',
  'numbering-start',
  'numbering-lonely',
  'numbering-style-mixed',
  'level-inversion',
  'numbering-continuity-mixed',
]);

interface Case {
  name: string;
  text: string;
  rule: string;
  line: number; // 1-based line of the expected finding in the mutated text
}

function numberingFindings(text: string): string[] {
  const a = analyze(text);
  return a.findings.filter((f) => NUMBERING.has(f.rule)).map((f) => `${f.rule}@${positionAt(a.model.lines, f.start).line + 1}`);
}

/** A heading alone at the start of its line, with nothing nested on that line. */
function standalone(text: string, h: Heading): boolean {
  return !h.runIn && text.slice(h.start, h.markerEnd) === h.marker;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const doc of realDocuments()) {
    if (numberingFindings(doc.text).length) continue; // only clean documents
    const a = analyze(doc.text);
    const { lines } = a.model;
    const lineOf = (h: Heading) => lines[h.line];
    for (const list of siblingLists(a.model).lists) {
      const items = list.items;
      if (items.length < 3 || !items.every((h) => standalone(doc.text, h))) continue;
      // Only headings alone on their line: copying or deleting the line touches that heading only.
      const alone = (h: Heading) => a.model.headings.filter((x) => x.line === h.line).length === 1;
      if (!items.every(alone)) continue;
      for (let i = 1; i < items.length - 1; i++) {
        const h = items[i];
        const next = items[i + 1];
        // Swap the numbers of two neighbours: the later one is out of order.
        if (next.value === h.value + 1) {
          const swap: TextEdit[] = [numeralEdit(doc.text, h, next.value), numeralEdit(doc.text, next, h.value)];
          out.push({
            name: `${doc.name} swap ${h.marker}/${next.marker}`,
            text: applyEdits(doc.text, swap),
            rule: 'numbering-order',
            line: next.line + 1,
          });
        }
        // Duplicate a heading's line right after it: the copy is a duplicate number.
        const l = lineOf(h);
        const eol = doc.text.slice(l.end, l.end + 2).startsWith('\r\n') ? '\r\n' : '\n';
        const copy = doc.text.slice(l.start, l.end);
        out.push({
          name: `${doc.name} duplicate ${h.marker}`,
          text: doc.text.slice(0, l.end) + eol + copy + doc.text.slice(l.end),
          rule: 'numbering-duplicate',
          line: h.line + 2,
        });
        // Delete a childless heading's whole section: the next sibling leaves a gap.
        if (h.children.length === 0 && next.line > h.line) {
          const from = l.start;
          const to = lines[next.line].start;
          const removedLines = next.line - h.line;
          out.push({
            name: `${doc.name} delete ${h.marker}`,
            text: doc.text.slice(0, from) + doc.text.slice(to),
            rule: 'numbering-gap',
            line: next.line + 1 - removedLines,
          });
        }
      }
    }
  }
  return out;
}

describe('mutation: one heading deleted, duplicated or swapped', () => {
  const all = cases();
  it('generates hundreds of cases from the seeds and the corpus', () => assert.ok(all.length >= 300, `only ${all.length} cases`));
  it('each mutation fires exactly the right rule at the right line', () => {
    const failures: string[] = [];
    for (const c of all) {
      const got = numberingFindings(c.text);
      const want = `${c.rule}@${c.line}`;
      if (got.length !== 1 || got[0] !== want) failures.push(`${c.name}: want ${want}, got ${got.join(', ') || 'nothing'}`);
    }
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${all.length} mutations misreported`);
  });
});
