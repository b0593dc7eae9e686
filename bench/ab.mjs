// `node bench/ab.mjs DIR [--rounds N]`: the full analysis of this tree and of another tree (DIR, e.g. a
// `git archive` of main) against markdownlint and autocorrect, in interleaved rounds in one process,
// at 45 KB and 1 MB: on a shared machine the load slows every contender of a round alike, so the
// ratios (after/before, ×markdownlint, ×autocorrect) hold where the absolute numbers do not. Also
// the CPU time of each (process.cpuUsage, GC threads included) and the fastest run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const other = path.resolve(process.argv[2]);
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 40);
async function bundle(dir, name) {
  const outfile = path.join(os.tmpdir(), `ab-${name}-${process.pid}.js`);
  await esbuild.build({
    entryPoints: [path.join(dir, 'bench/analysis-entry.ts')],
    absWorkingDir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
    define: { WORKPLAN_SPLIT: 'false', WORKPLAN_DOCX_SPLIT: 'false' },
    outfile,
  });
  return require(outfile);
}
const after = await bundle(root, 'after');
const before = await bundle(other, 'before');
const markdownlint = await import('markdownlint/sync');
const autocorrect = require('autocorrect-node');
const fns = {
  before: (t) => before.fullAnalysis(t),
  after: (t) => after.fullAnalysis(t),
  markdownlint: (t) => markdownlint.lint({ strings: { doc: t } }).doc.length,
  autocorrect: (t) => autocorrect.lintFor(t, 'doc.txt').lines.length,
};
const texts = [];
for (const d of [path.join(root, 'seeds'), path.join(root, '../shared/corpus')])
  for (const f of fs
    .readdirSync(d)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    texts.push(fs.readFileSync(path.join(d, f), 'utf8'));
function makeInput(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes + 65536; i++) {
    const t = texts[i % texts.length] + '\n';
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const buf = Buffer.from(parts.join(''));
  return buf.subarray(0, buf.lastIndexOf(0x0a, bytes - 1) + 1).toString('utf8');
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const out = { loadAtStart: os.loadavg()[0] };
for (const [size, bytes] of [
  ['45KB', 45 * 1024],
  ['1MB', 1 << 20],
]) {
  const text = makeInput(bytes);
  const mb = Buffer.byteLength(text) / 2 ** 20;
  for (const fn of Object.values(fns)) for (let i = 0; i < 5; i++) fn(text);
  const wall = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const n = size === '1MB' ? rounds : rounds * 5;
  for (let r = 0; r < n; r++)
    for (const [k, fn] of Object.entries(fns)) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn(text);
      wall[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
    }
  const row = {};
  for (const k of Object.keys(fns))
    row[k] = {
      ms: +median(wall[k]).toFixed(2),
      min: +Math.min(...wall[k]).toFixed(2),
      cpuMs: +median(cpu[k]).toFixed(2),
      MBps: +(mb / (median(wall[k]) / 1000)).toFixed(1),
    };
  row.ratios = {
    afterVsBefore: +(row.before.ms / row.after.ms).toFixed(2),
    before: {
      markdownlint: +(row.markdownlint.ms / row.before.ms).toFixed(2),
      autocorrect: +(row.autocorrect.ms / row.before.ms).toFixed(2),
    },
    after: { markdownlint: +(row.markdownlint.ms / row.after.ms).toFixed(2), autocorrect: +(row.autocorrect.ms / row.after.ms).toFixed(2) },
  };
  out[size] = row;
}
out.loadAtEnd = os.loadavg()[0];
console.log(JSON.stringify(out, null, 1));
