/**
 * Fixture tests for the numbering rules: exact findings (rule, line, columns), every fix applied
 * and re-analysed (the finding is gone, nothing outside the edits changed), and `*.fixed.txt`
 * where the result of fix-all is written out.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits, collectFixAll } from '../../server/src/core/fixes';
import { positionAt } from '../../server/src/core/model';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { readFixture } from './fixtureFormat';

const DIR = path.join(__dirname, '../../../test/fixtures/numbering');

function describeFinding(text: string, f: Finding) {
  const model = analyze(text).model;
  const s = positionAt(model.lines, f.start);
  const e = positionAt(model.lines, f.end);
  assert.equal(s.line, e.line, `finding ${f.rule} spans lines`);
  return `${f.rule} ${s.line + 1}:${s.character + 1}-${e.character + 1}`;
}

/** Text outside the edits is untouched: compare the pieces between edits. */
function assertOnlyEditsChanged(before: string, after: string, edits: readonly TextEdit[]) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let pos = 0;
  let out = 0;
  for (const e of sorted) {
    const keep = before.slice(pos, e.start);
    assert.equal(after.slice(out, out + keep.length), keep);
    out += keep.length + e.newText.length;
    pos = e.end;
  }
  assert.equal(after.slice(out), before.slice(pos));
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'));

describe('numbering rules: fixtures', () => {
  it('has fixtures for every numbering rule', () => {
    const all = files.flatMap((f) => readFixture(path.join(DIR, f)).expected.map((e) => e.rule));
    for (const rule of ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start', 'numbering-lonely', 'numbering-style-mixed', 'level-inversion', 'numbering-continuity-mixed', 'enumeration-gap', 'enumeration-style-mixed', 'marker-punctuation']) {
      assert.ok(all.includes(rule), `no fixture expects ${rule}`);
    }
  });

  for (const file of files) {
    describe(file, () => {
      const { text, expected } = readFixture(path.join(DIR, file));
      const analysis = analyze(text);

      it('reports exactly the expected findings', () => {
        const got = analysis.findings.map((f) => describeFinding(text, f)).sort();
        const want = expected.map((e) => `${e.rule} ${e.line}:${e.startColumn}-${e.endColumn}`).sort();
        assert.deepEqual(got, want);
      });

      it('every fix removes its finding and changes only its edits', () => {
        for (const f of analysis.findings) {
          for (const fix of f.fixes ?? []) {
            const fixed = applyEdits(text, fix.edits);
            assertOnlyEditsChanged(text, fixed, fix.edits);
            const again = analyze(fixed).findings.filter((g) => g.rule === f.rule);
            assert.ok(
              !again.some((g) => g.start === f.start),
              `${f.rule} still reported at ${f.start} after "${fix.title.key}"`,
            );
          }
        }
      });

      const fixedFile = path.join(DIR, file.replace(/\.txt$/, '.fixed.txt'));
      if (fs.existsSync(fixedFile)) {
        it('fix-all gives the .fixed.txt text and a clean re-analysis', () => {
          const fixed = applyEdits(text, collectFixAll(analysis.findings));
          assert.equal(fixed, fs.readFileSync(fixedFile, 'utf8'));
          assert.deepEqual(analyze(fixed).findings.map((f) => f.rule), []);
        });
      }
    });
  }

  it('profile gbt asks for 1. instead of 1、', () => {
    const text = '某局2025年工作计划\n一、任务\n1、稳外贸\n2、扩内需\n二、要求\n';
    assert.deepEqual(analyze(text).findings.map((f) => f.rule), []);
    const gbt = analyze(text, { profile: 'gbt', severities: {} }).findings;
    assert.deepEqual(gbt.map((f) => f.rule), ['marker-punctuation', 'marker-punctuation']);
    assert.equal(applyEdits(text, collectFixAll(gbt)), '某局2025年工作计划\n一、任务\n1.稳外贸\n2.扩内需\n二、要求\n');
  });

  it('severity settings turn a rule off or change its severity', () => {
    const { text } = readFixture(path.join(DIR, 'gap.txt'));
    assert.ok(!analyze(text, { profile: 'common', severities: { 'numbering-gap': 'off' } }).findings.some((f) => f.rule === 'numbering-gap'));
    const errors = analyze(text, { profile: 'common', severities: { 'numbering-gap': 'error' } }).findings.filter((f) => f.rule === 'numbering-gap');
    assert.equal(errors.length, 2);
    assert.ok(errors.every((f) => f.severity === 'error'));
  });
});
