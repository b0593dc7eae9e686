// `node bench/facts.mjs [names…]`: wall ms (min, median) of each fact pass and rule at 1 MB (bench input),
// each on a fresh model identity so that its own cache misses (caches keyed by text or lines stay warm).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(os.tmpdir(), `facts-${process.pid}.js`);
await esbuild.build({
  entryPoints: [path.join(root, 'bench/facts-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  charset: 'utf8',
  logLevel: 'warning',
  define: { WORKPLAN_SPLIT: 'false', WORKPLAN_DOCX_SPLIT: 'false' },
  outfile: out,
});
const b = createRequire(import.meta.url)(out);
const texts = [];
for (const d of [path.join(root, 'seeds'), path.join(root, '../shared/corpus')])
  for (const f of fs
    .readdirSync(d)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    texts.push(fs.readFileSync(path.join(d, f), 'utf8'));
const parts = [];
let size = 0;
for (let i = 0; size < (1 << 20) + 65536; i++) {
  const t = texts[i % texts.length] + '\n';
  parts.push(t);
  size += Buffer.byteLength(t);
}
const buf = Buffer.from(parts.join(''));
const text = buf.subarray(0, buf.lastIndexOf(0x0a, (1 << 20) - 1) + 1).toString('utf8');
const { model, targets } = b.prepare(text);
const wanted = process.argv.slice(2);
const jobs = [
  ...Object.entries(b.facts).map(([k, fn]) => [k, () => fn(model)]),
  ...b.ruleIds.map((id) => [`rule:${id}`, () => b.rule(id, model, targets)]),
].filter(([k]) => !wanted.length || wanted.some((w) => k.includes(w)));
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
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
