/**
 * Facts derived from one analysis are computed once and shared: breakdowns (the target-sum rule
 * and the inlay hints), diagnostics per locale (publishing and code actions), the status counts.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { breakdowns } from '../../server/src/core/facts/breakdowns';
import { diagnosticsOf } from '../../server/src/lsp/features/diagnostics';
import { codeActions } from '../../server/src/lsp/features/codeActions';
import { statsOf } from '../../server/src/lsp/features/status';
import { countCharacters } from '../../server/src/core/text/stats';

const SEEDS = path.join(__dirname, '../../../seeds');
const seed = (n: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n)) as string), 'utf8');

describe('derived facts, once per analysis', () => {
  const text = seed('002');
  const a = analyze(text);
  const uri = 'file:///002.txt';

  it('breakdowns: the same list for the same analysis, found again for another', () => {
    const first = breakdowns(a.model.text, a.targets);
    assert.ok(first.length > 0);
    assert.equal(breakdowns(a.model.text, a.targets), first);
    const other = analyze(text);
    assert.notEqual(breakdowns(other.model.text, other.targets), first);
    assert.deepEqual(breakdowns(other.model.text, other.targets), first);
  });

  it('diagnostics per locale are built once, and code actions point at those very diagnostics', () => {
    // Seed 004 holds its plan twice: a duplicate-passage finding with a fix.
    const a = analyze(seed('004'));
    const en = diagnosticsOf(a, 'en', uri);
    assert.equal(en.length, a.findings.length);
    assert.equal(diagnosticsOf(a, 'en', uri), en);
    const zh = diagnosticsOf(a, 'zh-cn', uri);
    assert.notEqual(zh, en);
    assert.notEqual(zh[0].message, en[0].message);
    const i = a.findings.findIndex((f) => f.fixes?.length);
    assert.ok(i >= 0, 'seed 002 has a finding with a fix');
    const at = en[i].range;
    const actions = codeActions(a, uri, at, undefined, 'en');
    assert.ok(actions.length > 0);
    assert.equal(actions[0].diagnostics?.[0], en[i]);
  });

  it('status counts: once, and what the client would count', () => {
    const s = statsOf(a);
    assert.equal(statsOf(a), s);
    assert.deepEqual(s, { characters: countCharacters(text), findings: a.findings.length });
  });
});
