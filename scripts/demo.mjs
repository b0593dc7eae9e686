// `npm run demo`: the CLI on seeds/ — outline, problems and targets of every sample plan.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const cli = path.join(root, 'dist', 'cli.js');
const steps = [
  ['大纲 / Outline', ['outline', '--no-enumerations', 'seeds']],
  ['问题 / Problems', ['check', 'seeds']],
  ['目标 / Targets', ['targets', 'seeds']],
];
let failed = false;
for (const [title, args] of steps) {
  console.log(`\n==================== ${title}: workplan ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  // check exits 1 when an error-severity problem is found: that is a result, not a failure.
  if (r.status === 2 || r.status === null) failed = true;
}
process.exit(failed ? 1 : 0);
