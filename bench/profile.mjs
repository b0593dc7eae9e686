// `node bench/profile.mjs [--size 1|10] [--runs N] [--lines N] [--targets]`: CPU profile of the full analysis
// (node --cpu-prof) on the bench's 1 MB input, summarised as self time per function with its
// source file:line (mapped through the bundle's source map). Writes the .cpuprofile to a temp
// dir so it can be opened in Chrome DevTools or VS Code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatTexts, sourceTexts } from './common.mjs';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const sizeMB = arg('--size', 1);
const runs = arg('--runs', 40);
// `--lines N`: also the N source lines with the most self time (V8's position ticks).
const topLines = arg('--lines', 0);
// `--targets`: profile only extractTargets, run `--runs` times on a fresh shallow copy of one parsed model of
// the input (what a model caches in WeakMaps is worked out in each call, as in an analysis).
const targetsOnly = process.argv.includes('--targets');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-prof-'));
const bundle = path.join(dir, 'analysis.js');
/** An entry point that exports only the parser and extractTargets. */
function targetsEntry() {
  const f = path.join(dir, 'targets-entry.ts');
  const core = path.join(root, 'server/src/core');
  fs.writeFileSync(
    f,
    `export { parseDocument } from ${JSON.stringify(path.join(core, 'model/parse'))};\nexport { extractTargets } from ${JSON.stringify(path.join(core, 'facts/targets'))};\n`,
  );
  return f;
}
await esbuild.build({
  entryPoints: [targetsOnly ? targetsEntry() : path.join(root, 'bench/analysis-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: 'external',
  outfile: bundle,
  logLevel: 'warning',
});

// Input: seeds and corpus concatenated to the size (uncut, unlike run.mjs).
const text = repeatTexts(sourceTexts(root), sizeMB * 2 ** 20);
const input = path.join(dir, 'input.txt');
fs.writeFileSync(input, text);

const run = targetsOnly
  ? 'const m = b.parseDocument(t); for (let i = 0; i < RUNS; i++) b.extractTargets({ ...m });'
  : 'for (let i = 0; i < RUNS; i++) b.fullAnalysis(t);';
const script = `const b = require(${JSON.stringify(bundle)}); const t = require('fs').readFileSync(${JSON.stringify(input)}, 'utf8'); ${run.replace('RUNS', String(runs))}`;
const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-e', script], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const profFile = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(fs.readFileSync(path.join(dir, profFile), 'utf8'));

// ---- source map: decode the VLQ mappings of the bundle into generated line → segments.
const map = JSON.parse(fs.readFileSync(bundle + '.map', 'utf8'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeMappings(mappings) {
  const lines = [];
  let src = 0,
    oLine = 0,
    oCol = 0;
  for (const lineStr of mappings.split(';')) {
    const segs = [];
    let gCol = 0;
    for (const seg of lineStr.split(',')) {
      if (!seg) continue;
      const vals = [];
      let v = 0,
        shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >> 1) : v >> 1);
          v = 0;
          shift = 0;
        }
      }
      gCol += vals[0];
      if (vals.length >= 4) {
        src += vals[1];
        oLine += vals[2];
        oCol += vals[3];
        segs.push([gCol, src, oLine, oCol]);
      }
    }
    lines.push(segs);
  }
  return lines;
}
const mapped = decodeMappings(map.mappings);
function original(line, col) {
  const segs = mapped[line] ?? [];
  let best;
  for (const s of segs)
    if (s[0] <= col) best = s;
    else break;
  if (!best) return undefined;
  return `${path.relative(root, path.resolve(path.dirname(bundle), map.sources[best[1]]))}:${best[2] + 1}`;
}

// ---- self time per function.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++)
  dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const self = new Map();
for (const node of profile.nodes) {
  const cf = node.callFrame;
  const where = cf.url.endsWith('analysis.js')
    ? (original(cf.lineNumber, cf.columnNumber) ?? `bundle:${cf.lineNumber + 1}`)
    : cf.url
      ? path.basename(cf.url)
      : '';
  const key = `${cf.functionName || '(anonymous)'}  ${where}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
}
console.log(
  `CPU profile of ${runs} ${targetsOnly ? 'extractTargets calls' : 'full analyses'} of ${sizeMB} MB: ${(total / 1000).toFixed(0)} ms sampled; ${path.join(dir, profFile)}`,
);
if (topLines) {
  // Ticks per line of the bundle, mapped to the source line (the first mapping on the line).
  const interval = total / Math.max(1, profile.samples.length);
  const byLine = new Map();
  for (const node of profile.nodes) {
    if (!node.positionTicks || !node.callFrame.url.endsWith('analysis.js')) continue;
    for (const { line, ticks } of node.positionTicks) {
      const first = mapped[line - 1]?.[0];
      const key = (first && original(line - 1, first[0])) ?? `bundle:${line}`;
      const name = `${key}  (${node.callFrame.functionName || '(anonymous)'})`;
      byLine.set(name, (byLine.get(name) ?? 0) + ticks * interval);
    }
  }
  console.log('self %   self ms  source line (function)');
  for (const [k, v] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, topLines))
    console.log(`${((100 * v) / total).toFixed(1).padStart(6)}  ${(v / 1000).toFixed(1).padStart(8)}  ${k}`);
  console.log('');
}
console.log('self %   self ms  function  source');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * v) / total).toFixed(1).padStart(6)}  ${(v / 1000).toFixed(1).padStart(8)}  ${k}`);
