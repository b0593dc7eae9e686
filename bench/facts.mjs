// `node bench/facts.mjs [names…]`: wall ms (min, median) of each fact pass and rule at 1 MB (bench input),
// each on a fresh model identity so that its own cache misses (caches keyed by text or lines stay warm).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndRequire, makeInput, median, sourceTexts } from './common.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const b = await buildAndRequire({
  entryPoints: [path.join(root, 'bench/facts-entry.ts')],
  outfile: path.join(os.tmpdir(), `facts-${process.pid}.js`),
});
const text = makeInput(sourceTexts(root), 1 << 20);
const { model, targets } = b.prepare(text);
const wanted = process.argv.slice(2);
const jobs = [
  ...Object.entries(b.facts).map(([k, fn]) => [k, () => fn(model)]),
  ...b.ruleIds.map((id) => [`rule:${id}`, () => b.rule(id, model, targets)]),
].filter(([k]) => !wanted.length || wanted.some((w) => k.includes(w)));
const rows = [];
for (const [k, fn] of jobs) {
  for (let i = 0; i < 5; i++) fn();
  const ms = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  rows.push([k, Math.min(...ms), median(ms)]);
}
rows.sort((x, y) => y[1] - x[1]);
console.log(
  `load ${os.loadavg()[0].toFixed(2)}; wall ms at 1 MB: min and median of 15 (a shared fact is computed again where a rule asks for it)`,
);
for (const [k, min, med] of rows)
  if (min >= 0.05 || wanted.length) console.log(`${min.toFixed(2).padStart(7)} ${med.toFixed(2).padStart(7)}  ${k}`);
