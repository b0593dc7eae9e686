// `node bench/ab.mjs DIR [--rounds N]`: the full analysis of this tree and of another tree (DIR, e.g. a
// `git archive` of main) against markdownlint and autocorrect, in interleaved rounds in one process,
// at 45 KB and 1 MB: on a shared machine the load slows every contender of a round alike, so the
// ratios (after/before, ×markdownlint, ×autocorrect) hold where the absolute numbers do not. Also
// the CPU time of each (process.cpuUsage, GC threads included) and the fastest run.
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildAndRequire, makeInput, median, sourceTexts } from './common.mjs';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const other = path.resolve(process.argv[2]);
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 40);
const bundle = (dir, name) =>
  buildAndRequire({
    entryPoints: [path.join(dir, 'bench/analysis-entry.ts')],
    absWorkingDir: dir,
    outfile: path.join(os.tmpdir(), `ab-${name}-${process.pid}.js`),
  });
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
const texts = sourceTexts(root);
const out = { loadAtStart: os.loadavg()[0] };
for (const [size, bytes] of [
  ['45KB', 45 * 1024],
  ['1MB', 1 << 20],
]) {
  const text = makeInput(texts, bytes);
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
