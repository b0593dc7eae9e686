/**
 * Fixture tests for rules whose findings may span several lines (a pasted copy, a run of web
 * chrome): `<name>.txt` with a sidecar `<name>.expected.json` listing every finding of the given
 * rules as 1-based `line:column`–`endLine:endColumn` (end exclusive). Every fix is applied and the
 * text re-analysed: the finding is gone, the text outside the edits is untouched, and every other
 * finding not touched by the edits is still there. `<name>.fixed.txt`, when present, is the result
 * of fixing all findings of the rules (repeated until nothing is left to fix).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { applyEdits, collectFixAll } from '../../server/src/core/services/fixes';
import { positionAt, type Line } from '../../server/src/core/model/model';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { mapOffset } from './reliability';

export interface SpanExpectation {
  rule: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `rule line:column-endLine:endColumn`, 1-based. */
export function describeSpan(lines: readonly Line[], f: Pick<Finding, 'rule' | 'start' | 'end'>): string {
  const s = positionAt(lines, f.start);
  const e = positionAt(lines, f.end);
  return `${f.rule} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

/** Text outside the edits is untouched. */
export function assertOnlyEditsChanged(before: string, after: string, edits: readonly TextEdit[]): void {
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

/**
 * Applies `edits` for finding `f` and checks: `f` is gone, and the other findings that the edits do
 * not touch are exactly the findings after the fix (same rule and same text).
 */
export function assertFixIsClean(text: string, findings: readonly Finding[], f: Finding, edits: readonly TextEdit[]): string {
  const fixed = applyEdits(text, edits);
  assertOnlyEditsChanged(text, fixed, edits);
  const again = analyze(fixed).findings;
  const at = mapOffset(edits, f.start);
  assert.ok(
    !again.some((g) => g.rule === f.rule && g.start === at && fixed.slice(g.start, g.end) === text.slice(f.start, f.end)),
    `${f.rule} still reported after its fix`,
  );
  const touched = (g: Finding) =>
    g === f || edits.some((e) => (g.start < e.end && e.start < g.end) || (e.start === e.end && g.start <= e.start && e.start <= g.end));
  const key = (t: string, g: Finding) => `${g.rule} ${t.slice(g.start, g.end)}`;
  const before = findings
    .filter((g) => !touched(g))
    .map((g) => key(text, g))
    .sort();
  const after = again.map((g) => key(fixed, g)).sort();
  assert.deepEqual(after, before, `fix of ${f.rule} changed other findings`);
  return fixed;
}

/** Fixes every finding of `rules`, again and again until nothing is left to fix. */
export function fixAll(text: string, rules: readonly string[]): string {
  for (let round = 0; round < 10; round++) {
    const findings = analyze(text).findings.filter((f) => rules.includes(f.rule));
    const edits = collectFixAll(findings);
    if (!edits.length) return text;
    text = applyEdits(text, edits);
  }
  throw new Error('fix-all did not settle');
}

/** Runs every fixture of `dir` (inside a describe block). */
export function spanFixtureTests(dir: string, rules: readonly string[]): void {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'));
  it('has fixtures', () => assert.ok(files.length > 0));
  for (const file of files) {
    describe(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as SpanExpectation[];
      const analysis = analyze(text);
      const mine = analysis.findings.filter((f) => rules.includes(f.rule));

      it('reports exactly the expected findings', () => {
        const got = mine.map((f) => describeSpan(analysis.model.lines, f)).sort();
        const want = expected.map((e) => `${e.rule} ${e.line}:${e.column}-${e.endLine}:${e.endColumn}`).sort();
        assert.deepEqual(got, want);
      });

      it('every fix removes its finding and changes nothing else', () => {
        for (const f of mine) for (const fix of f.fixes ?? []) assertFixIsClean(text, analysis.findings, f, fix.edits);
      });

      const fixedFile = path.join(dir, file.replace(/\.txt$/, '.fixed.txt'));
      if (fs.existsSync(fixedFile)) {
        it('fixing everything gives the .fixed.txt text', () => {
          const fixed = fixAll(text, rules);
          assert.equal(fixed, fs.readFileSync(fixedFile, 'utf8'));
          assert.deepEqual(
            analyze(fixed)
              .findings.filter((f) => rules.includes(f.rule) && f.fixes?.some((x) => x.safe))
              .map((f) => f.rule),
            [],
          );
        });
      }
    });
  }
}
