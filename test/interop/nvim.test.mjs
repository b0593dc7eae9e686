// Interop (`npm run test:interop`): Neovim's built-in LSP client, headless, drives the standalone
// server `node dist/server.js --stdio` (nvim.lua): open a copy of seed 000 with a numbering gap,
// receive diagnostics, request document symbols. Needs `nvim` ≥ 0.7 (Debian's package) on PATH.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');

describe('Neovim (headless) drives the standalone server', function () {
  this.timeout(60_000);
  let result;
  let gapLine;

  before(function () {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error) throw new Error('nvim not found: apt-get install -y neovim');
    const server = path.join(root, 'dist/server.js');
    if (!fs.existsSync(server)) throw new Error('dist/server.js missing: run `npm run build` first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-nvim-'));
    const seed = fs.readFileSync(path.join(root, 'seeds/000_86ad72312f1b257b.txt'), 'utf8');
    const lines = seed.split('\n');
    gapLine = lines.findIndex((l) => l.startsWith('（2）抓好重点企业'));
    lines[gapLine] = lines[gapLine].replace('（2）', '（4）'); // (1)(4)(3)(4): a numbering finding on this line
    const doc = path.join(dir, '工作计划.txt');
    fs.writeFileSync(doc, lines.join('\n'));
    const out = path.join(dir, 'result.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(here, 'nvim.lua')}`], {
      encoding: 'utf8',
      timeout: 50_000,
      env: { ...process.env, WORKPLAN_OUT: out, WORKPLAN_DOC: doc, WORKPLAN_SERVER: server, WORKPLAN_NODE: process.execPath },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (status ${r.status}): ${r.stderr}${r.stdout}`);
    result = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the script without a Lua error', () => {
    assert.equal(result.error, null, result.error);
    assert.ok(result.ok && result.started);
  });

  it("receives the server's diagnostics, with the numbering finding on the changed line", () => {
    assert.ok(result.published, 'publishDiagnostics arrived');
    assert.ok(result.diagnostics.length > 0);
    for (const d of result.diagnostics) assert.equal(d.source, 'workplan');
    assert.ok(
      result.diagnostics.some((d) => d.lnum === gapLine && /^numbering-/.test(d.code)),
      JSON.stringify(result.diagnostics.map((d) => [d.code, d.lnum])),
    );
  });

  it('gets document symbols: the outline of the seed', () => {
    assert.equal(result.symbols[0].name, '（一）关于外贸工作');
    assert.equal(result.symbols[0].line, 2);
    assert.ok(result.symbols[0].children > 0);
  });

  it('stops the server cleanly', () => {
    assert.ok(result.stopped);
  });
});
