#!/usr/bin/env node
// `npm run test:e2e`: the extension-host suite (test/e2e/suite, mocha inside VS Code's extension
// host) and the UI checks (test/e2e/ui/*.mjs, Playwright on the workbench) in a real VS Code 1.100.3
// (code-server) with this folder loaded as a development extension. Offline; no sleeps in tests.
//   node test/e2e/run-code-server.mjs [--only suite|ui] [--keep] [--debug]
//     --only suite|ui  one phase;  --keep  keep the temp dirs (also E2E_KEEP=1);  --debug  all logs
//     E2E_GREP=<re> runs matching extension-host tests only; E2E_TIMEOUT=<s> (600) bounds the run.
// Needs `npm run build` first; installs the environment (test/e2e/setup.sh) when it is missing.
// Prints a last line `N passed, N failed` and exits 1 when anything failed.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ROOT, ensureEnvironment, log, startSession, workbenchReady } from './harness.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'suite' && only !== 'ui') {
  console.error(`--only takes suite or ui, not ${JSON.stringify(only)}`);
  process.exit(2);
}
const debug = argv.includes('--debug');
if (argv.includes('--keep')) process.env.E2E_KEEP = '1';
const TIMEOUT_S = Number(process.env.E2E_TIMEOUT || 600);

for (const f of ['dist/client.js', 'dist/server.js', 'out/test/e2e/suite/index.js']) {
  if (!fs.existsSync(path.join(ROOT, f))) {
    console.error(`${f} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}

let passed = 0;
let failed = 0;
const watchdog = setTimeout(() => {
  console.error(`e2e: timed out after ${TIMEOUT_S} s`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, TIMEOUT_S * 1000);
watchdog.unref();

async function suitePhase() {
  const session = await startSession({ debug });
  try {
    let exit;
    const exited = new Promise((r) => {
      exit = r;
    });
    const page = await session.open(
      [
        ['extensionDevelopmentPath', session.remote(ROOT)],
        ['extensionTestsPath', session.remote(path.join(ROOT, 'out/test/e2e/suite'))],
      ],
      {
        beforeGoto: async (p) => {
          await p.exposeFunction('codeAutomationLog', (type, args) => {
            const text = format(...(Array.isArray(args) ? args : [args]));
            if (debug || /failing|^\s+\d+\) |Error/.test(text)) console.log(`[ext-host] ${text}`);
          });
          await p.exposeFunction('codeAutomationExit', (code) => exit(code));
          p.on('pageerror', (e) => debug && log('(pageerror)', e.message));
        },
      },
    );
    const code = await exited;
    const result = fs.existsSync(session.resultFile) ? JSON.parse(fs.readFileSync(session.resultFile, 'utf8')) : undefined;
    if (!result) {
      console.error(
        `extension-host suite ended (${code}) without results; code-server said:\n${session.serverLog().split('\n').slice(-30).join('\n')}`,
      );
      failed++;
      return;
    }
    for (const r of result.results) {
      console.log(
        `${r.ok ? '  ✓' : '  ✗'} [ext-host] ${r.title}${
          r.ok
            ? ` (${r.ms} ms)`
            : `\n${r.error
                .split('\n')
                .slice(0, 8)
                .map((l) => '      ' + l)
                .join('\n')}`
        }`,
      );
    }
    passed += result.passed;
    failed += result.failed;
    if (code !== 0 && result.failed === 0) failed++;
    void page;
  } finally {
    await session.close();
  }
}

async function uiPhase() {
  const dir = path.join(ROOT, 'test/e2e/ui');
  const modules = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.mjs'))
        .sort()
    : [];
  const checks = [];
  for (const m of modules) checks.push(...(await import(path.join(dir, m))).checks);
  if (!checks.length) return;
  const session = await startSession({
    debug,
    files: checks.flatMap((c) => c.files ?? []),
    settings: Object.assign({}, ...checks.map((c) => c.settings ?? {})),
  });
  try {
    const page = await session.open([['extensionDevelopmentPath', session.remote(ROOT)]]);
    await workbenchReady(page);
    for (const check of checks) {
      try {
        await check.run(page, session);
        passed++;
        console.log(`  ✓ [ui] ${check.name}`);
      } catch (e) {
        failed++;
        console.log(
          `  ✗ [ui] ${check.name}\n      ${String((e && e.stack) || e)
            .split('\n')
            .slice(0, 6)
            .join('\n      ')}`,
        );
        await page.screenshot({ path: path.join(ROOT, 'test-output', `failed-${check.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
      }
    }
  } finally {
    await session.close();
  }
}

try {
  ensureEnvironment();
  if (only !== 'ui') {
    log('extension-host suite');
    await suitePhase();
    log('extension-host suite done');
  }
  if (only !== 'suite') {
    log('UI checks');
    await uiPhase();
    log('UI checks done');
  }
} catch (e) {
  console.error(`e2e infrastructure error: ${(e && e.stack) || e}`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
