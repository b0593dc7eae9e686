/** The real documents (seeds and ../shared/corpus) and the model invariants, for several tests. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentModel } from '../../server/src/core/model/model';

const ROOT = path.join(__dirname, '../../..');
const CORPUS = path.join(ROOT, '../shared/corpus');

export function realDocuments(): Array<{ name: string; text: string }> {
  const docs = fs
    .readdirSync(path.join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `seeds/${f}`, text: fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8') }));
  if (fs.existsSync(CORPUS)) {
    for (const f of fs
      .readdirSync(CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      docs.push({ name: `corpus/${f}`, text: fs.readFileSync(path.join(CORPUS, f), 'utf8') });
  }
  return docs;
}

/** Structural invariants of a model. */
export function checkInvariants(model: DocumentModel): void {
  const n = model.text.length;
  let prevStart = -1;
  for (const h of model.headings) {
    assert.ok(
      h.start >= 0 && h.start < h.markerEnd && h.markerEnd <= h.titleEnd + 1 && h.titleEnd <= h.end && h.end <= n,
      `heading ranges at ${h.start}`,
    );
    assert.ok(h.start > prevStart, 'headings in document order');
    prevStart = h.start;
    assert.ok(!/[\r\n]/.test(h.title), 'title on one line');
    if (h.parent) {
      assert.equal(h.depth, h.parent.depth + 1);
      assert.ok(h.start >= h.parent.markerEnd && h.end <= h.parent.end, `child inside parent at ${h.start}`);
      assert.ok(h.parent.children.includes(h));
    } else if (h.depth !== 1) {
      // A copy that begins inside a section: its first headings sit below depth 1 with no parent,
      // before any heading of depth 1 in their context.
      const top = model.headings.find((x) => x.context === h.context && x.depth === 1);
      assert.ok(top && top.start > h.start, `parentless heading at depth ${h.depth} after the top level at ${h.start}`);
    }
  }
  // No heading inside another heading's marker.
  for (let i = 1; i < model.headings.length; i++) assert.ok(model.headings[i].start >= model.headings[i - 1].markerEnd);
  for (const e of model.enumerations) {
    assert.ok(e.start >= 0 && e.start < e.markerEnd && e.markerEnd <= e.end && e.end <= n);
    if (e.heading) assert.ok(e.start >= e.heading.start && e.start <= e.heading.end + 1, `enumeration inside its heading at ${e.start}`);
  }
}
