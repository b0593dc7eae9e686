// `node bench/stages-ab.mjs BEFORE_DIR [AFTER_DIR] [--rounds N]`: the per-stage times of two trees
// (e.g. a `git archive` of the base, and this tree) in interleaved rounds in one process, at 1 MB:
// each stage's fastest run and median, before and after, as a Markdown table. On a shared machine
// the medians carry the load; the fastest runs are the steadier comparison.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndRequire, makeInput, median, sourceTexts } from './common.mjs';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 40;
const dirs = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (!dirs[0]) throw new Error('usage: node bench/stages-ab.mjs BEFORE_DIR [AFTER_DIR] [--rounds N]');
const [before, after] = [path.resolve(dirs[0]), path.resolve(dirs[1] ?? here)];
const load = (root, tag) =>
  buildAndRequire({
    entryPoints: [path.join(root, 'bench/analysis-entry.ts')],
    outfile: path.join(os.tmpdir(), `stages-ab-${tag}-${process.pid}.js`),
    absWorkingDir: root,
  });
const a = await load(before, 'before');
const b = await load(after, 'after');
const text = makeInput(sourceTexts(here), 1024 * 1024);
for (let i = 0; i < 5; i++) {
  a.stageTimings(text);
  b.stageTimings(text);
}
const ra = [];
const rb = [];
for (let i = 0; i < rounds; i++) {
  if (i & 1) {
    ra.push(a.stageTimings(text));
    rb.push(b.stageTimings(text));
  } else {
    rb.push(b.stageTimings(text));
    ra.push(a.stageTimings(text));
  }
}
const keys = [...new Set([...Object.keys(ra[0]), ...Object.keys(rb[0])])];
const pick = (runs, k) => runs.map((r) => r[k] ?? 0);
const rows = keys
  .map((k) => [k, Math.min(...pick(ra, k)), median(pick(ra, k)), Math.min(...pick(rb, k)), median(pick(rb, k))])
  .sort((x, y) => y[1] - x[1]);
const sum = (i) => rows.reduce((s, r) => s + r[i], 0);
console.log('| stage (ms at 1 MB) | before fastest | before median | after fastest | after median |\n|---|---|---|---|---|');
for (const r of rows)
  if (r[1] >= 0.15 || r[3] >= 0.15)
    console.log(
      `| ${r[0]} | ${r
        .slice(1)
        .map((x) => x.toFixed(2))
        .join(' | ')} |`,
    );
console.log(`| all stages | ${[1, 2, 3, 4].map((i) => sum(i).toFixed(1)).join(' | ')} |`);
console.log(`${rounds} interleaved rounds; load ${os.loadavg()[0].toFixed(2)}`);
