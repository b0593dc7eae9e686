// node /tmp/stages.mjs [root] [runs]: per-stage median ms at 1 MB + full analysis median (ms), CPU time.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
const root = path.resolve(process.argv[2] ?? path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const runs = Number(process.argv[3] ?? 15);
const require = createRequire(import.meta.url);
const out = path.join(os.tmpdir(), `stages-${process.pid}.js`);
await esbuild.build({
  entryPoints: [path.join(root, 'bench/analysis-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  charset: 'utf8',
  logLevel: 'warning',
  define: { WORKPLAN_SPLIT: 'false', WORKPLAN_DOCX_SPLIT: 'false' },
  outfile: out,
  absWorkingDir: root,
});
const b = require(out);
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
const size = Number(process.env.SIZE_KB ?? 1024);
const text = makeInput(size * 1024);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
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
