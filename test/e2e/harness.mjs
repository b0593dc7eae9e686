// The real-editor harness: code-server 4.100.3 (VS Code 1.100.3) + headless Debian Chromium driven by
// playwright-core, installed by test/e2e/setup.sh. Works offline. Used by run-code-server.mjs and
// vsix-smoke.mjs. See ../shared/tools/vscode-e2e/NOTES.md for the recipe this follows.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const ENV_DIR = path.resolve(process.env.VSCODE_E2E_ENV || path.join(os.homedir(), '.cache', 'workplan-e2e'));
export const CODE_SERVER = path.join(ENV_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const OUTPUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const t0 = Date.now();
export const log = (...a) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
export const sleepFor = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installs the environment when it is missing (idempotent). */
export function ensureEnvironment() {
  if (fs.existsSync(CODE_SERVER) && fs.existsSync('/usr/bin/chromium')) return;
  log(`installing the e2e environment into ${ENV_DIR}`);
  const r = spawnSync('bash', [path.join(ROOT, 'test/e2e/setup.sh'), ENV_DIR], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('test/e2e/setup.sh failed');
}

function childrenOf(pid) {
  const kids = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(d));
    } catch {}
  }
  return kids;
}
export function descendantsOf(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    for (const k of childrenOf(p)) {
      out.push(k);
      stack.push(k);
    }
  }
  return out;
}
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function killTree(rootPid) {
  if (!rootPid || !alive(rootPid)) return;
  const pids = [rootPid, ...descendantsOf(rootPid)];
  for (const p of pids) {
    try {
      process.kill(p, 'SIGTERM');
    } catch {}
  }
  for (let i = 0; i < 50 && pids.some(alive); i++) await sleepFor(100);
  for (const p of pids.filter(alive)) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {}
  }
}

/**
 * Makes `language` (zh-cn) a display language VS Code accepts: installs the test fixture
 * test/e2e/zh-locale (a language pack that translates none of VS Code's own strings; the Marketplace
 * pack cannot be downloaded here) and records it in languagepacks.json, which the server reads at
 * start. VS Code's own UI stays English; extensions run with vscode.env.language = language and get
 * their package.nls.<language>.json.
 */
function setUpDisplayLanguage(ud, extDir, language) {
  const fixture = path.join(ROOT, 'test/e2e/zh-locale');
  const manifest = JSON.parse(fs.readFileSync(path.join(fixture, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = path.join(extDir, `${id}-${manifest.version}`);
  fs.cpSync(fixture, folder, { recursive: true });
  fs.writeFileSync(
    path.join(ud, 'languagepacks.json'),
    JSON.stringify({
      [language]: {
        hash: `workplan-e2e-${manifest.version}`,
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations: { vscode: path.join(folder, 'translations', 'main.i18n.json') },
        label: manifest.contributes.localizations[0].localizedLanguageName,
      },
    }),
  );
}

/**
 * Starts code-server on a random port with a fresh user-data dir and a workspace holding copies of
 * seeds/ and test/e2e/workspace/. Returns a session with `open(payload)` → Playwright page, and `close()`.
 */
export async function startSession({
  files = [],
  env = {},
  settings = {},
  installVsix,
  locale = 'en-US',
  displayLanguage,
  debug = false,
} = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-e2e-'));
  const ud = path.join(tmp, 'user-data');
  const extDir = path.join(tmp, 'extensions');
  const ws = path.join(tmp, 'workspace');
  for (const d of [ud, extDir, ws, path.join(ud, 'User')]) fs.mkdirSync(d, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(ws, f));
  const extra = path.join(ROOT, 'test/e2e/workspace');
  if (fs.existsSync(extra)) fs.cpSync(extra, ws, { recursive: true });
  for (const { name, text } of files) fs.writeFileSync(path.join(ws, name), text);
  const config = path.join(tmp, 'code-server.yaml');
  fs.writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  fs.writeFileSync(
    path.join(ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'outline.collapseItems': 'alwaysExpand',
        'workbench.colorTheme': 'Default Dark Modern',
        ...settings,
      },
      null,
      2,
    ),
  );
  // The display language (VS Code's `--locale`): extensions see it as vscode.env.language.
  const csBase = [
    CODE_SERVER,
    '--config',
    config,
    '--user-data-dir',
    ud,
    '--extensions-dir',
    extDir,
    ...(displayLanguage ? ['--locale', displayLanguage] : []),
  ];
  const resultFile = path.join(tmp, 'ext-test-result.json');
  const csEnv = {
    ...process.env,
    PORT: '',
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    XDG_STATE_HOME: path.join(tmp, 'xdg-state'),
    E2E_RESULT_FILE: resultFile,
    ...env,
  };
  if (installVsix) {
    const r = spawnSync(process.execPath, [...csBase, '--install-extension', installVsix], { encoding: 'utf8', env: csEnv });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) throw new Error(`install-extension failed: ${r.stdout}\n${r.stderr}`);
    log(`installed ${path.basename(installVsix)}`);
  }
  if (displayLanguage && displayLanguage !== 'en' && displayLanguage !== 'en-us') setUpDisplayLanguage(ud, extDir, displayLanguage);
  const server = spawn(
    process.execPath,
    [
      ...csBase,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ws,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: csEnv },
  );
  let serverLog = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (b) => {
      serverLog += b.toString();
      if (debug) process.stdout.write(`[code-server] ${b}`);
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serverLog);
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error(`code-server exited early (${c}):\n${serverLog}`)));
    setTimeout(() => reject(new Error(`code-server did not report its port in 60 s:\n${serverLog}`)), 60_000).unref();
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    if (i > 200) throw new Error('code-server /healthz never answered');
    await sleepFor(100);
  }
  const requireFromEnv = createRequire(path.join(ENV_DIR, 'package.json'));
  const { chromium } = requireFromEnv('playwright-core');
  const context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    locale,
  });
  const session = {
    tmp,
    ws,
    port,
    base,
    resultFile,
    context,
    serverLog: () => serverLog,
    remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
    /** Opens the workbench on the workspace; payload entries such as ['extensionDevelopmentPath', remote(ROOT)]. */
    async open(payload = [], { beforeGoto } = {}) {
      const page = context.pages()[0] || (await context.newPage());
      if (debug) page.on('console', (m) => log('(console)', m.type(), m.text().slice(0, 300)));
      if (beforeGoto) await beforeGoto(page);
      let url = `${base}/?folder=${encodeURIComponent(ws)}`;
      if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async close() {
      // Chromium is a child of this process (Playwright spawned it): note its pids first, so they
      // can be killed if closing the context hangs.
      const browserPids = descendantsOf(process.pid).filter((p) => p !== server.pid && !descendantsOf(server.pid).includes(p));
      try {
        await Promise.race([context.close(), sleepFor(10_000)]);
      } catch {}
      for (const p of browserPids) if (alive(p)) await killTree(p);
      await killTree(server.pid);
      if (!process.env.E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
      else log(`kept ${tmp}`);
    },
  };
  return session;
}

// ---------------------------------------------------------------- UI helpers (Playwright)

/** Waits for the workbench and the explorer to show the workspace. */
export async function workbenchReady(page) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
}

/** Opens a workspace file through Quick Open and waits for its editor; returns when Enter was pressed (ms epoch). */
export async function openFile(page, name) {
  await page.click('.monaco-workbench .part.editor');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 20_000 });
  const opened = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: 30_000 });
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines .view-line', { timeout: 30_000 });
  return opened;
}

/** Runs a command from the palette by its label. */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + label);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${label.replace(/"/g, '\\"')}"]`, { timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page
    .locator('.quick-input-widget')
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => {});
}

/** Polls a DOM read until `check` holds (the DOM has no events to wait on). */
export async function until(read, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await sleepFor(100);
    value = await read();
  }
  return value;
}

/** The language mode shown in the status bar ("Work Plan"), or '' when there is none. */
export function statusBarLanguage(page) {
  return page
    .locator('#status\\.editor\\.mode')
    .innerText({ timeout: 2_000 })
    .then(
      (t) => t.trim(),
      () => '',
    );
}

/** Visible Outline rows: label (marker + title as the server names the symbol) and tree level. */
export function outlineRows(page) {
  return page.$$eval('.outline-pane .monaco-list-row', (rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      level: Number(r.getAttribute('aria-level')),
    })),
  );
}

/** Saves a screenshot under test-output/. */
export async function screenshot(page, name) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, name);
  await page.screenshot({ path: file });
  log(`screenshot -> ${path.relative(ROOT, file)}`);
  return file;
}
