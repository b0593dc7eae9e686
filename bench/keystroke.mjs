// `node bench/keystroke.mjs [DIR] [--keystrokes N] [--sizes 1,5] [--stages] [--prof]`: the CPU time one
// keystroke's analysis costs (services/incremental.ts `reanalyze` from the previous version's analysis),
// typing inside a body paragraph in the middle of the bench's 1 MB and 5 MB inputs (what run.mjs builds).
// Each keystroke inserts one character after the previous one, every eighth deletes the last one
// (a backspace). With DIR (another tree, e.g. a `git worktree` of main), both trees' bundles type the
// same keystrokes in interleaved turns in this process, each from its own previous analysis, so the
// machine's load falls on both alike. Reports CPU-time medians and p95 (process.cpuUsage: GC threads
// included), wall medians, how each keystroke was analysed, and the load average.
// `--stages`: this tree's CPU time per part of a keystroke (parse, targets, each rule), by wrapping
// the rules' checks. `--prof`: a CPU profile of this tree's keystrokes (self time by function).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions, makeInput, median, sourceTexts } from './common.mjs';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const keystrokes = Number(opt('--keystrokes', 240));
const sizes = String(opt('--sizes', '1,5')).split(',').map(Number);
const stages = argv.includes('--stages');
const prof = argv.includes('--prof');
const other = argv[0] && !argv[0].startsWith('--') ? path.resolve(argv[0]) : undefined;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-keys-'));

/** An entry point of `dir`'s core: analyze, reanalyze and how it went, the rules (to time them). */
function entryOf(dir, name) {
  const core = path.join(dir, 'server/src/core');
  const f = path.join(tmp, `${name}-entry.ts`);
  const inc = path.join(core, 'services/incremental');
  fs.writeFileSync(
    f,
    [
      `export { analyze } from ${JSON.stringify(path.join(core, 'services/analyze'))};`,
      `export { reanalyze, reanalysisKind } from ${JSON.stringify(inc)};`,
      `export { RULES } from ${JSON.stringify(path.join(core, 'rules/index'))};`,
      `export { DEFAULT_OPTIONS } from ${JSON.stringify(path.join(core, 'types'))};`,
      `import * as model from ${JSON.stringify(path.join(core, 'model/parse'))};`,
      `import * as targets from ${JSON.stringify(path.join(core, 'facts/targets'))};`,
      `export const parse = model; export const facts = targets;`,
    ].join('\n'),
  );
  return f;
}

async function bundle(dir, name) {
  const outfile = path.join(tmp, `${name}.js`);
  await esbuild.build({
    ...bundleOptions,
    sourcemap: prof ? 'external' : false,
    minify: !prof,
    entryPoints: [entryOf(dir, name)],
    absWorkingDir: dir,
    outfile,
  });
  return outfile;
}

/** The versions typed into `base`: inside the longest body line of the middle tenth, at its middle. */
function versionsOf(base, n) {
  const lines = [];
  for (let s = base.length * 0.45, e; s < base.length * 0.55; s = e + 1) {
    s = base.lastIndexOf('\n', s - 1) + 1;
    e = base.indexOf('\n', s);
    if (e < 0) break;
    lines.push([s, e]);
  }
  // A body line: no numbering marker at its start (a digit, 一、, （, 第).
  const body = lines.filter(([s, e]) => !/^[\s\u3000]*[\d一二三四五六七八九十（(第①-⑳]/.test(base.slice(s, e)));
  const [s, e] = body.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  const at = s + ((e - s) >> 1);
  const TYPED = '推进重点工作落实见效加快建设现代化产业体系';
  const out = [];
  let typed = '';
  for (let i = 0; i < n; i++) {
    typed = i % 8 === 7 ? typed.slice(0, -1) : typed + TYPED[i % TYPED.length];
    out.push(base.slice(0, at) + typed + base.slice(at));
  }
  return { out, line: base.slice(s, e).slice(0, 40) };
}

const texts = sourceTexts(root);
const inputs = Object.fromEntries(sizes.map((mb) => [mb, makeInput(texts, mb * 2 ** 20)]));

if (prof) {
  // The profile in a child (node --cpu-prof), this tree only.
  const b = await bundle(root, 'prof');
  const size = sizes[0];
  const input = path.join(tmp, 'input.txt');
  fs.writeFileSync(input, inputs[size]);
  const script = `
    const b = require(${JSON.stringify(b)});
    const base = require('fs').readFileSync(${JSON.stringify(input)}, 'utf8');
    const versions = (${versionsOf.toString()})(base, ${keystrokes}).out;
    for (let round = 0; round < 3; round++) {
      let prev = b.analyze(base, b.DEFAULT_OPTIONS);
      for (const v of versions) prev = b.reanalyze(prev, v, b.DEFAULT_OPTIONS);
    }`;
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${tmp}`, '-e', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const profile = JSON.parse(
    fs.readFileSync(
      path.join(
        tmp,
        fs.readdirSync(tmp).find((f) => f.endsWith('.cpuprofile')),
      ),
      'utf8',
    ),
  );
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...dt.values()].reduce((a, c) => a + c, 0);
  const self = new Map();
  for (const node of profile.nodes) {
    const cf = node.callFrame;
    const key = `${cf.functionName || '(anonymous)'}  ${path.basename(cf.url)}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  console.log(`CPU profile of 3 × ${keystrokes} keystrokes at ${size} MB (and 3 full analyses): ${(total / 1000).toFixed(0)} ms; ${tmp}`);
  for (const [k, v] of [...self].sort((a, c) => c[1] - a[1]).slice(0, 40))
    console.log(`${((100 * v) / total).toFixed(1).padStart(6)}  ${(v / 1000).toFixed(1).padStart(8)}  ${k}`);
  process.exit(0);
}

const contenders = { after: require(await bundle(root, 'after')) };
if (other) contenders.before = require(await bundle(other, 'before'));
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU ms per stage of one keystroke, by wrapping each rule's check and timing parse and targets. */
function wrapStages(b) {
  const t = {};
  const time = (key, fn) =>
    function (...args) {
      const c0 = cpuNow();
      try {
        return fn.apply(this, args);
      } finally {
        t[key] = (t[key] ?? 0) + cpuNow() - c0;
      }
    };
  for (const rule of b.RULES) rule.check = time(`rule:${rule.id}`, rule.check);
  return t;
}

const out = { loadAtStart: +os.loadavg()[0].toFixed(2), keystrokes };
for (const size of sizes) {
  const base = inputs[size];
  const { out: versions, line } = versionsOf(base, keystrokes);
  const row = { chars: base.length, line };
  const state = {};
  for (const [k, b] of Object.entries(contenders)) {
    // Warm-up: one pass over the first 40 keystrokes.
    let prev = b.analyze(base, b.DEFAULT_OPTIONS);
    for (const v of versions.slice(0, 40)) prev = b.reanalyze(prev, v, b.DEFAULT_OPTIONS);
    state[k] = { prev: b.analyze(base, b.DEFAULT_OPTIONS), cpu: [], wall: [], kinds: {} };
  }
  const stageTimes = stages ? wrapStages(contenders.after) : undefined;
  for (const v of versions)
    for (const [k, b] of Object.entries(contenders)) {
      const s = state[k];
      const c0 = cpuNow();
      const t0 = performance.now();
      s.prev = b.reanalyze(s.prev, v, b.DEFAULT_OPTIONS);
      s.wall.push(performance.now() - t0);
      s.cpu.push(cpuNow() - c0);
      const kind = b.reanalysisKind(s.prev) ?? 'full';
      s.kinds[kind] = (s.kinds[kind] ?? 0) + 1;
    }
  const p95 = (xs) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length * 0.95)];
  for (const [k, s] of Object.entries(state))
    row[k] = { cpuMs: +median(s.cpu).toFixed(2), cpuP95: +p95(s.cpu).toFixed(2), wallMs: +median(s.wall).toFixed(2), kinds: s.kinds };
  if (other) row.afterVsBefore = +(row.before.cpuMs / row.after.cpuMs).toFixed(2);
  if (stageTimes)
    row.stagesMsPerKeystroke = Object.fromEntries(
      Object.entries(stageTimes)
        .sort((a, c) => c[1] - a[1])
        .filter(([, v]) => v / keystrokes >= 0.01)
        .map(([key, v]) => [key, +(v / keystrokes).toFixed(3)]),
    );
  out[`${size}MB`] = row;
}
out.loadAtEnd = +os.loadavg()[0].toFixed(2);
console.log(JSON.stringify(out, null, 1));
