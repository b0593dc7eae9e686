/**
 * The parser and the rules over every real document: invariants hold, and the numbering rules
 * report exactly the real findings recorded in test/fixtures/corpus.expected.json.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { positionAt } from '../../server/src/core/model/model';
import { checkInvariants, realDocuments } from './realDocuments';

const ROOT = path.join(__dirname, '../../..');

describe('corpus: every real document', () => {
  const docs = realDocuments();
  it('has the seeds and the corpus', () => assert.ok(docs.length >= 28, `only ${docs.length} documents`));

  for (const doc of docs) {
    it(`${doc.name}: parses with the invariants holding, findings inside the text`, () => {
      const a = analyze(doc.text);
      checkInvariants(a.model);
      for (const f of a.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= doc.text.length, `${f.rule} range`);
    });
  }

  it('numbering and target rules report exactly the recorded real findings', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/corpus.expected.json'), 'utf8')) as {
      rules: string[];
      findings: Array<{ file: string; line: number; column: number; rule: string; text: string }>;
    };
    const got: string[] = [];
    for (const doc of docs) {
      const a = analyze(doc.text);
      for (const f of a.findings) {
        if (!expected.rules.includes(f.rule)) continue;
        const p = positionAt(a.model.lines, f.start);
        got.push(`${doc.name}:${p.line + 1}:${p.character + 1} ${f.rule} ${doc.text.slice(f.start, f.end)}`);
      }
    }
    assert.deepEqual(got.sort(), expected.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.text}`).sort());
  });
});
