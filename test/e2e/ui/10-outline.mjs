// UI: seed 000 opens in Work Plan mode and the Outline view shows its first headings (screenshot).
// The expected labels come from the server's own CLI (`workplan outline --json`): the Outline shows
// the server's document symbols, labelled `marker + title` (e.g. "（一）关于外贸工作").
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, openFile, outlineRows, runCommand, screenshot, statusBarLanguage, until } from '../harness.mjs';

const SEED = '000_86ad72312f1b257b.txt';
const FIRST = 5;

/** The first `n` outline labels in document (pre-)order, as the CLI reports them. */
export function expectedOutline(seed, n) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'outline', '--json', path.join(ROOT, 'seeds', seed)], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`workplan outline failed (${r.status}): ${r.stderr}`);
  const [{ items }] = JSON.parse(r.stdout);
  return items.slice(0, n).map((i) => `${i.marker}${i.title}`);
}

export const checks = [
  {
    name: 'seed 000: status bar says Work Plan, Outline shows the first headings',
    async run(page) {
      const want = expectedOutline(SEED, FIRST);
      if (want[0] !== '（一）关于外贸工作') throw new Error(`the CLI's first outline item is ${JSON.stringify(want[0])}`);
      await openFile(page, SEED);
      const mode = await until(
        () => statusBarLanguage(page),
        (t) => /^(Work Plan|工作计划)$/.test(t),
      );
      if (!/^(Work Plan|工作计划)$/.test(mode)) throw new Error(`language mode is ${JSON.stringify(mode)}`);
      await runCommand(page, 'Explorer: Focus on Outline View');
      const rows = await until(
        () => outlineRows(page),
        (r) => JSON.stringify(r.slice(0, FIRST).map((x) => x.label)) === JSON.stringify(want),
      );
      await screenshot(page, 'outline-000.png');
      const got = rows.slice(0, FIRST).map((x) => x.label);
      if (JSON.stringify(got) !== JSON.stringify(want))
        throw new Error(`outline rows ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      // Hierarchy: （一） at level 1, 1、 under it, （1） under that.
      const levels = rows.slice(0, 3).map((x) => x.level);
      if (JSON.stringify(levels) !== '[1,2,3]') throw new Error(`outline levels ${JSON.stringify(levels)}`);
    },
  },
];
