/**
 * The same extension-host suite (test/e2e/suite) through @vscode/test-electron 2.5.2, for machines
 * that can download VS Code (this one cannot: `npm run test:e2e` runs the suite in code-server).
 *   npm run build && npm run test:electron
 * VSCODE_EXECUTABLE_PATH=/path/to/code uses an installed VS Code instead of downloading 1.100.3.
 * On a display-less Linux machine wrap it in `xvfb-run -a`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // The workspace the suite expects: copies of seeds/ and test/e2e/workspace/ (as run-code-server.mjs makes).
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-electron-'));
  for (const f of fs.readdirSync(path.join(root, 'seeds'))) fs.copyFileSync(path.join(root, 'seeds', f), path.join(workspace, f));
  const extra = path.join(root, 'test/e2e/workspace');
  if (fs.existsSync(extra)) fs.cpSync(extra, workspace, { recursive: true });
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-electron-user-'));
  try {
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : { version: '1.100.3' }),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/e2e/suite/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userData],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
