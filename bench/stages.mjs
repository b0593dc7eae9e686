// node /tmp/stages.mjs [root] [runs]: per-stage median ms at 1 MB + full analysis median (ms), CPU time.
import path from 'node:path';
import os from 'node:os';
import { buildAndRequire, makeInput, median, sourceTexts } from './common.mjs';
const root = path.resolve(process.argv[2] ?? path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const runs = Number(process.argv[3] ?? 15);
const b = await buildAndRequire({
  entryPoints: [path.join(root, 'bench/analysis-entry.ts')],
  outfile: path.join(os.tmpdir(), `stages-${process.pid}.js`),
  absWorkingDir: root,
});
const size = Number(process.env.SIZE_KB ?? 1024);
const text = makeInput(sourceTexts(root), size * 1024);
for (let i = 0; i < 5; i++) b.fullAnalysis(text);
const full = [],
  cpu = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  b.fullAnalysis(text);
  full.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const st = [];
for (let i = 0; i < runs; i++) st.push(b.stageTimings(text));
// `STAGES=min`: the fastest run of each stage (steadier than the median on a loaded machine).
const pick = process.env.STAGES === 'min' ? (xs) => Math.min(...xs) : median;
const stages = Object.fromEntries(Object.keys(st[0]).map((k) => [k, pick(st.map((r) => r[k]))]));
const sorted = Object.entries(stages).sort((a, b) => b[1] - a[1]);
const sum = sorted.reduce((a, [, v]) => a + v, 0);
console.log(
  `full ${median(full).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms cpu (min ${Math.min(...full).toFixed(1)}); ${(Buffer.byteLength(text) / 2 ** 20 / (median(full) / 1000)).toFixed(1)} MB/s; stages sum ${sum.toFixed(1)}; load ${os.loadavg()[0].toFixed(2)}`,
);
console.log(
  sorted
    .filter(([, v]) => v >= 0.15)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', '),
);
