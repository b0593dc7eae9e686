/**
 * The bundled standalone server over stdio, as another editor starts it:
 * `node dist/server.js --stdio` → initialize, open seed 000, publishDiagnostics, documentSymbol,
 * a request answered while a 10 MB document is analysed, shutdown and exit with code 0.
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const SEED = path.join(ROOT, 'seeds/000_86ad72312f1b257b.txt');

interface Session {
  child: ChildProcess;
  conn: MessageConnection;
  /** Resolves with the next publishDiagnostics for which `test` holds. */
  diagnostics(test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  exited: Promise<number | null>;
}

function start(): Session {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].test(p)) waiters.splice(i, 1)[0].resolve(p);
  });
  conn.onRequest(() => null); // client/registerCapability and the like
  conn.onNotification(() => undefined);
  conn.listen();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, conn, exited, diagnostics: (test) => new Promise((resolve) => waiters.push({ test, resolve })) };
}

describe('standalone server over stdio', function () {
  this.timeout(60_000);
  let s: Session;

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    s = start();
    const init = (await s.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' })) as {
      capabilities: Record<string, unknown>;
      serverInfo?: { name: string };
    };
    assert.equal(init.serverInfo?.name, 'workplan-language-server');
    assert.ok(init.capabilities.documentSymbolProvider, 'announces document symbols');
    s.conn.sendNotification('initialized', {});
  });

  after(async () => {
    if (s && s.child.exitCode === null) s.child.kill();
  });

  it('publishes diagnostics for an opened seed and answers documentSymbol with its outline', async () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const uri = pathToFileURL(SEED).toString();
    const published = s.diagnostics((p) => p.uri === uri);
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });
    const diags = await published;
    assert.ok(Array.isArray(diags.diagnostics));
    for (const d of diags.diagnostics) assert.equal(d.source, 'workplan');
    const symbols = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    // Seed 000 starts with `（一）关于外贸工作 1、抓好抓实四个重点 …` on line 3 (see the golden outline).
    assert.equal(symbols[0].name, '（一）关于外贸工作');
    assert.equal(symbols[0].selectionRange.start.line, 2);
    assert.equal(symbols[0].children?.[0].name, '1、抓好抓实四个重点');
  });

  it('publishes new diagnostics after an edit that breaks the numbering', async () => {
    const uri = pathToFileURL(SEED).toString();
    const text = fs.readFileSync(SEED, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('（2）抓好重点企业'));
    assert.ok(line > 0);
    const published = s.diagnostics((p) => p.uri === uri && p.version === 2);
    // （2） → （4）: a gap in the list (1)(4)(3)…
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 1 }, end: { line, character: 2 } }, text: '4' }],
    });
    const diags = await published;
    assert.ok(
      diags.diagnostics.some((d) => d.range.start.line === line && /numbering/.test(String(d.code))),
      JSON.stringify(diags.diagnostics.map((d) => [d.code, d.range.start.line])),
    );
  });

  it('answers a request while a 10 MB document is being analysed', async () => {
    const uri = 'file:///big.workplan';
    const seed = fs.readFileSync(SEED, 'utf8');
    const big = seed.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed)));
    const published = s.diagnostics((p) => p.uri === uri);
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text: big } });
    // A request for the small document, sent right behind the big one, is answered.
    const symbols = (await s.conn.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: pathToFileURL(SEED).toString() },
    })) as DocumentSymbol[];
    assert.equal(symbols[0].name, '（一）关于外贸工作');
    const diags = await published;
    assert.ok(diags.diagnostics.length <= 1000, 'diagnostics are capped');
  });

  it('reports its status: process, event-loop delay since monitoring began, heap', async () => {
    type Status = { pid: number; eventLoop: { maxMs: number; p99Ms: number; meanMs: number }; heapUsedMB: number };
    const first = (await s.conn.sendRequest('workplan/serverStatus', { reset: true })) as Status;
    const { pid } = (await s.conn.sendRequest('workplan/processId')) as { pid: number };
    assert.equal(first.pid, pid);
    await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: pathToFileURL(SEED).toString() } });
    const second = (await s.conn.sendRequest('workplan/serverStatus')) as Status;
    assert.ok(second.eventLoop.maxMs >= second.eventLoop.meanMs && second.eventLoop.meanMs >= 0, JSON.stringify(second));
    assert.ok(second.heapUsedMB > 0);
  });

  it('shuts down and exits with code 0', async () => {
    await s.conn.sendRequest('shutdown');
    s.conn.sendNotification('exit');
    assert.equal(await s.exited, 0);
    s.conn.dispose();
  });
});
