// `node bench/targets-ab.mjs [commit…] [--rounds N]`: the target stage of the working tree against the
// one of each `commit` (default 326c9b3, the extractor before the zone model; each commit's core exported
// with `git archive`), on the bench's 1 MB input and one parsed model of the working tree, interleaved
// in one process. Times are CPU time per call (process.cpuUsage over 5 calls, each on a fresh copy of the
// model), which moves less than wall time on a shared machine; the ratios are taken per round.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndRequire, repeatTexts, sourceTexts } from './common.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 60;
const commits = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (commits.length === 0) commits.push('326c9b3');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-targets-ab-'));
const facts = path.join(root, 'server/src/core/facts');
// Each commit's core as it was (its extractor and what the extractor imports), exported with `git archive`.
commits.forEach((c, i) => {
  fs.mkdirSync(path.join(dir, `c${i}`));
  execFileSync('sh', ['-c', `git archive ${c} server/src/core | tar -x -C ${JSON.stringify(path.join(dir, `c${i}`))}`], { cwd: root });
});
fs.writeFileSync(
  path.join(dir, 'entry.ts'),
  `export { parseDocument } from ${JSON.stringify(path.join(root, 'server/src/core/model/parse'))};
${commits.map((_, i) => `export { extractTargets as c${i} } from './c${i}/server/src/core/facts/targets';`).join('\n')}
export { extractTargets as now } from ${JSON.stringify(path.join(facts, 'targets'))};
`,
);
// Options as they were before the shared ones (no charset, no define: the target stage reads neither).
const b = await buildAndRequire({
  entryPoints: [path.join(dir, 'entry.ts')],
  outfile: path.join(dir, 'ab.js'),
  charset: undefined,
  define: undefined,
});

// The bench's 1 MB input: seeds and corpus concatenated, as in profile.mjs (uncut).
const text = repeatTexts(sourceTexts(root), 2 ** 20);
const parsed = b.parseDocument(text);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fns = Object.fromEntries([...commits.map((c, i) => [c, b[`c${i}`]]), ['now', b.now]]);
const t = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
// Each call gets a fresh shallow copy of the model, made before the clock starts: what a model caches
// for its facts (model/wrap.ts's wrap width, indicatorTable.ts's cells, all in WeakMaps keyed by the
// model) is worked out inside the call, as in the bench's target stage (a new model per analysis).
// (Until 2026-12-02 night the one model was reused, which left that work out: 1.77x where the stage read 2.5x.)
for (let r = 0; r < rounds; r++)
  for (const k of Object.keys(fns)) {
    const models = Array.from({ length: 5 }, () => ({ ...parsed }));
    const t0 = cpu();
    for (const m of models) fns[k](m);
    t[k].push((cpu() - t0) / 5);
  }
const q = (a, f) => [...a].sort((x, y) => x - y)[Math.floor(a.length * f)];
const r2 = (x) => x.toFixed(2);
for (const k of Object.keys(t))
  console.log(
    `${k.padEnd(8)} ${fns[k](parsed).length} targets; ms p10 ${r2(q(t[k], 0.1))}, p25 ${r2(q(t[k], 0.25))}, median ${r2(q(t[k], 0.5))}`,
  );
for (const c of commits) {
  const ratio = t.now.map((x, i) => x / t[c][i]);
  console.log(`now/${c}: p25 ${q(ratio, 0.25).toFixed(3)}, median ${q(ratio, 0.5).toFixed(3)}`);
}
console.log(`load ${os.loadavg()[0].toFixed(1)}`);
fs.rmSync(dir, { recursive: true, force: true });
