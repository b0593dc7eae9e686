/**
 * Fixture tests in the markdownlint manner, shared by every rule area: exact findings (rule, line,
 * columns), every fix applied and re-analysed (the finding is gone, nothing outside the edits
 * changed), and `*.fixed.txt` where the result of fix-all is written out.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { applyEdits, collectFixAll } from '../../server/src/core/services/fixes';
import { positionAt } from '../../server/src/core/model/model';
import type { Finding } from '../../server/src/core/types';
import { readFixture } from './fixtureFormat';
import { assertOnlyEditsChanged } from './spanFixtures';

function describeFinding(text: string, f: Finding) {
  const model = analyze(text).model;
  const s = positionAt(model.lines, f.start);
  const e = positionAt(model.lines, f.end);
  assert.equal(s.line, e.line, `finding ${f.rule} spans lines`);
  return `${f.rule} ${s.line + 1}:${s.character + 1}-${e.character + 1}`;
}

/** Runs every fixture of `dir` (inside a describe block): exact findings, fixes re-analysed, .fixed.txt. */
export function fixtureTests(dir: string, requiredRules: readonly string[]): void {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'));
  it('has fixtures for every rule of the area', () => {
    const all = files.flatMap((f) => readFixture(path.join(dir, f)).expected.map((e) => e.rule));
    for (const rule of requiredRules) assert.ok(all.includes(rule), `no fixture expects ${rule}`);
  });

  for (const file of files) {
    describe(file, () => {
      const { text, expected } = readFixture(path.join(dir, file));
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
            assert.ok(!again.some((g) => g.start === f.start), `${f.rule} still reported at ${f.start} after "${fix.title.key}"`);
          }
        }
      });

      const fixedFile = path.join(dir, file.replace(/\.txt$/, '.fixed.txt'));
      if (fs.existsSync(fixedFile)) {
        it('fix-all gives the .fixed.txt text and a clean re-analysis', () => {
          const fixed = applyEdits(text, collectFixAll(analysis.findings));
          assert.equal(fixed, fs.readFileSync(fixedFile, 'utf8'));
          assert.deepEqual(
            analyze(fixed).findings.map((f) => f.rule),
            [],
          );
        });
      }
    });
  }
}
