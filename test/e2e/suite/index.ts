/**
 * The extension-host test entry (`extensionTestsPath`): runs every compiled `*.test.js` beside it
 * with mocha inside VS Code's extension host. Both runners (code-server and @vscode/test-electron)
 * load this module; results also go to $E2E_RESULT_FILE for the code-server runner to print.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Result {
  title: string;
  ok: boolean;
  error?: string;
  ms?: number;
}

/** Every `*.test.js` under `dir`, sorted (sub-folders too, so feature suites can group their files). */
function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p));
    else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  const only = process.env.E2E_GREP;
  if (only) mocha.grep(only);
  for (const f of testFiles(__dirname)) mocha.addFile(f);
  const results: Result[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.E2E_RESULT_FILE;
      if (file)
        fs.writeFileSync(
          file,
          JSON.stringify({ passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results }, null, 2),
        );
      if (failures) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), ok: true, ms: t.duration }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), ok: false, error: String(err?.stack ?? err) }));
  });
}
