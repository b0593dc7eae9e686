#!/usr/bin/env node
// `npm run test:vsix`: the packaged extension as users get it. Installs the .vsix into a fresh
// code-server extensions dir (`--install-extension`), opens seed 002 in the UI with the Outline
// view showing, waits for the Outline to populate, and prints how long activation took: from the
// file open (Enter in Quick Open) to the language mode "Work Plan" and to the first Outline row.
//   node test/e2e/vsix-smoke.mjs [path/to/workplan.vsix] [--keep] [--debug]    (default ./workplan.vsix)
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  ensureEnvironment,
  log,
  openFile,
  outlineRows,
  runCommand,
  screenshot,
  startSession,
  statusBarLanguage,
  until,
  workbenchReady,
} from './harness.mjs';
import { expectedOutline } from './ui/10-outline.mjs';

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
if (argv.includes('--keep')) process.env.E2E_KEEP = '1';
const vsix = path.resolve(argv.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'workplan.vsix'));
const SEED = '002_f30a71d086892b2f.txt';

if (!fs.existsSync(vsix)) {
  console.error(`${path.relative(process.cwd(), vsix)} is missing: run \`npm run package\` first`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} [vsix] ${what}`);
};

const watchdog = setTimeout(() => {
  console.error('vsix smoke: timed out after 180 s');
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, 180_000);
watchdog.unref();

let session;
try {
  ensureEnvironment();
  const want = expectedOutline(SEED, 1)[0];
  session = await startSession({ installVsix: vsix, debug });
  const installed = fs.readdirSync(path.join(session.tmp, 'extensions')).filter((d) => d.startsWith('workplan.workplan-'));
  check(installed.length === 1, `installed ${path.basename(vsix)} (${installed.join(', ') || 'nothing'})`);
  const page = await session.open();
  await workbenchReady(page);
  // Outline first, so its first row appears as soon as the server's symbols do.
  await runCommand(page, 'Explorer: Focus on Outline View');
  const opened = await openFile(page, SEED);
  let modeAt;
  let rowAt;
  const mode = await until(
    () => statusBarLanguage(page),
    (t) => {
      if (/^(Work Plan|工作计划)$/.test(t)) modeAt ??= Date.now();
      return modeAt !== undefined;
    },
    30_000,
  );
  const rows = await until(
    () => outlineRows(page),
    (r) => {
      if (r.length && r[0].label === want) rowAt ??= Date.now();
      return rowAt !== undefined;
    },
    30_000,
  );
  await screenshot(page, 'vsix-outline-002.png');
  check(modeAt !== undefined, `language mode ${JSON.stringify(mode)}`);
  check(rowAt !== undefined, `first Outline row ${JSON.stringify(rows[0]?.label)} (expected ${JSON.stringify(want)})`);
  if (modeAt !== undefined && rowAt !== undefined) {
    console.log(
      `activation: file open → language mode Work Plan ${modeAt - opened} ms, → first Outline row ${rowAt - opened} ms (polled every 100 ms)`,
    );
  }
} catch (e) {
  failed++;
  console.error(`vsix smoke error: ${(e && e.stack) || e}`);
  if (session) console.error(session.serverLog().split('\n').slice(-20).join('\n'));
} finally {
  if (session) await session.close();
}
log('done');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
