/**
 * The project corpus test/corpus (the documents of test/fixtures/testcorpus.expected.json): the
 * numbering, structure, target, consistency and task rules listed there report exactly the
 * recorded findings, the real ones and the false alarms no general fix removes yet, each read
 * against the text. A new document of test/corpus is not covered until it is added to the list.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { positionAt } from '../../server/src/core/model/model';

const ROOT = path.join(__dirname, '../../..');

interface Recorded {
  file: string;
  line: number;
  column: number;
  rule: string;
  text: string;
  why: string;
}

describe('test/corpus: recorded findings', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/testcorpus.expected.json'), 'utf8')) as {
    rules: string[];
    documents: string[];
    findings: Recorded[];
    falseAlarms: Recorded[];
  };

  it('every recorded finding has a reason and names a listed document', () => {
    assert.ok(expected.documents.length >= 160, `only ${expected.documents.length} documents`);
    for (const f of [...expected.findings, ...expected.falseAlarms]) {
      assert.ok(f.why.length > 20, `${f.file}:${f.line} has no reason`);
      assert.ok(expected.documents.includes(f.file), `${f.file} is not in the document list`);
      assert.ok(expected.rules.includes(f.rule), `${f.rule} is not a pinned rule`);
    }
    for (const f of expected.falseAlarms) assert.ok(f.why.startsWith('false alarm: '), `${f.file}:${f.line}`);
  });

  it('the pinned rules report exactly the recorded findings and false alarms', () => {
    const got: string[] = [];
    for (const file of expected.documents) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const a = analyze(text);
      for (const f of a.findings) {
        if (!expected.rules.includes(f.rule)) continue;
        const p = positionAt(a.model.lines, f.start);
        got.push(`${file}:${p.line + 1}:${p.character + 1} ${f.rule} ${text.slice(f.start, f.end)}`);
      }
    }
    const want = [...expected.findings, ...expected.falseAlarms].map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.text}`);
    assert.deepEqual(got.sort(), want.sort());
  });
});
