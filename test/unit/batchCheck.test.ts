/**
 * `check --jobs N` over the seeds and the shared corpus through the built CLI: the same results
 * with one job and with two (worker threads), in the same order for the non-streaming formats;
 * `--format jsonl` gives one line per file, `{ file, findings }`, with the same findings; a file
 * that cannot be read is one error line and the others are still checked.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const DIRS = [path.join(ROOT, 'seeds'), path.join(ROOT, '../shared/corpus')].filter((d) => fs.existsSync(d));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, ...DIRS], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, WORKPLAN_LANG: 'en' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check --jobs', function () {
  this.timeout(120_000);
  before(() => {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js missing: run `npm run build` first');
  });

  it('gives the same JSON and text with one job and with two', () => {
    const one = run('--jobs', '1', '--format', 'json');
    const two = run('--jobs', '2', '--format', 'json');
    assert.notEqual(one.status, 2, one.stderr);
    assert.equal(two.status, one.status);
    assert.ok(JSON.parse(one.stdout).length > 10);
    assert.equal(two.stdout, one.stdout);
    assert.equal(run('--jobs', '2').stdout, run('--jobs', '1').stdout);
  });

  it('streams one JSON line per file with the same findings', () => {
    const rows = JSON.parse(run('--jobs', '1', '--format', 'json').stdout) as Array<Record<string, unknown>>;
    const jsonl = run('--jobs', '2', '--format', 'jsonl');
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; findings: Array<Record<string, unknown>> });
    const files = DIRS.flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((n) => /\.(txt|md|workplan|docx)$/i.test(n))
        .map((n) => path.join(d, n)),
    );
    assert.deepEqual(lines.map((l) => l.file).sort(), [...files].sort());
    for (const l of lines) assert.deepEqual(Object.keys(l).sort(), ['file', 'findings']);
    const byFile = new Map(lines.map((l) => [l.file, l.findings]));
    const flat = [...new Set(rows.map((r) => r.file as string))].flatMap((f) => byFile.get(f)!.map((x) => ({ file: f, ...x })));
    assert.deepEqual(flat, rows);
  });

  it('reports a file it cannot read as one line and checks the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-batch-'));
    try {
      const seed = fs.readdirSync(DIRS[0]).find((n) => n.endsWith('.txt'))!;
      for (const n of ['a.txt', 'c.txt']) fs.copyFileSync(path.join(DIRS[0], seed), path.join(dir, n));
      fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 0, 1, 2, 3, 0]));
      const r = spawnSync(process.execPath, [CLI, 'check', '--jobs', '2', '--format', 'jsonl', dir], {
        encoding: 'utf8',
        env: { ...process.env, WORKPLAN_LANG: 'en' },
      });
      assert.equal(r.status, 2, r.stderr);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; error?: string; findings?: unknown[] });
      assert.deepEqual(lines.map((l) => path.basename(l.file)).sort(), ['a.txt', 'b.txt', 'c.txt']);
      for (const l of lines) {
        if (path.basename(l.file) === 'b.txt') assert.ok(l.error && !l.findings, JSON.stringify(l));
        else assert.ok(Array.isArray(l.findings) && !l.error, JSON.stringify(l));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a job count that is not a whole number', () => {
    assert.equal(run('--jobs', '0').status, 2);
  });
});
