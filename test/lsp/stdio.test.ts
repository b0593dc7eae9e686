/**
 * `node dist/server.js --stdio` reads stdin with its own reader (server/src/runtime/stdioReader.ts; bodies
 * of 1 MB or more are decoded in a worker thread). Raw bytes in, raw bytes out: messages cut at
 * awkward places (inside a header, inside a multi-byte character), with a Content-Type header,
 * after a malformed message; stdout carries nothing but protocol frames; the server exits when
 * stdin closes (1 without a shutdown request, 0 after one); and, if the decoder worker cannot
 * start, large messages are decoded on the main thread (preload noStdioWorker.ts).
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FrameParser } from '../../server/src/runtime/frameParser';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const SEED = path.join(ROOT, 'seeds/000_86ad72312f1b257b.txt');

type Json = Record<string, unknown>;

/** The server with a byte-level client: every stdout byte goes through the frame parser. */
class RawSession {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly stdoutErrors: string[] = [];
  stderr = '';
  private readonly received: Json[] = [];
  private readonly waiters: Array<{ test: (m: Json) => boolean; resolve: (m: Json) => void }> = [];
  private nextId = 1;

  constructor(nodeArgs: string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    const parser = new FrameParser();
    this.child.stdout!.on('data', (chunk: Buffer) => {
      for (const f of parser.push(chunk)) {
        if ('error' in f) this.stdoutErrors.push(f.error);
        else if ('message' in f) this.receive(f.message as Json);
      }
    });
    this.child.stderr!.on('data', (d) => (this.stderr += d));
  }

  /** Writes `bytes` in pieces cut at `cuts`, a few milliseconds apart. */
  async write(bytes: Buffer, cuts: number[] = []): Promise<void> {
    let at = 0;
    for (const cut of [...cuts, bytes.length]) {
      this.child.stdin!.write(bytes.subarray(at, cut));
      at = cut;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Sends a request (as one frame) and resolves with its response. */
  async request(method: string, params: unknown): Promise<Json> {
    const id = this.nextId++;
    const response = this.next((m) => m.id === id && !('method' in m));
    await this.write(frame({ jsonrpc: '2.0', id, method, params }));
    return response;
  }

  next(test: (m: Json) => boolean): Promise<Json> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private receive(m: Json): void {
    // Requests from the server (registrations and the like): answered with null.
    if ('method' in m && 'id' in m) this.child.stdin!.write(frame({ jsonrpc: '2.0', id: m.id, result: null }));
    this.received.push(m);
    for (let i = this.waiters.length - 1; i >= 0; i--) if (this.waiters[i].test(m)) this.waiters.splice(i, 1)[0].resolve(m);
  }
}

function frame(message: unknown, header = (n: number) => `Content-Length: ${n}\r\n`): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`${header(body.length)}\r\n`, 'latin1'), body]);
}

async function initialize(s: RawSession): Promise<void> {
  const init = (await s.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' })) as {
    result: { serverInfo?: { name: string } };
  };
  assert.equal(init.result.serverInfo?.name, 'workplan-language-server');
  await s.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
}

/** Resolves with the exit code, or rejects after `ms`. */
function exitWithin(s: RawSession, ms: number): Promise<number | null> {
  return Promise.race([
    s.exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`server still running ${ms} ms after stdin closed`)), ms)),
  ]);
}

describe('standalone server: stdin read by a worker', function () {
  this.timeout(30_000);
  const sessions: RawSession[] = [];
  const session = (nodeArgs?: string[]) => {
    const s = new RawSession(nodeArgs);
    sessions.push(s);
    return s;
  };

  before(() => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
  });

  after(() => {
    for (const s of sessions) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill();
  });

  it('parses messages cut inside headers and characters, with Content-Type, after a malformed one; stdout holds only frames', async () => {
    const s = session();
    await initialize(s);
    // A body that is not JSON: reported by the reader, the connection goes on.
    await s.write(Buffer.from('Content-Length: 10\r\n\r\n{"jsonrpc"', 'latin1'));
    const text = fs.readFileSync(SEED, 'utf8');
    const uri = pathToFileURL(SEED).toString();
    const open = frame(
      { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'workplan', version: 1, text } } },
      (n) => `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: ${n}\r\n`,
    );
    // Cuts: inside "Content-Type", inside the empty line, inside the first ideograph (3 bytes) of the text.
    const body = open.indexOf('\r\n\r\n') + 4;
    const ideograph = open.indexOf(Buffer.from('（', 'utf8'), body);
    const published = s.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as Json).uri === uri);
    await s.write(open, [5, body - 3, body - 1, ideograph + 1, ideograph + 2, ideograph + 200]);
    await published;
    const symbols = (await s.request('textDocument/documentSymbol', { textDocument: { uri } })).result as Array<{ name: string }>;
    assert.equal(symbols[0].name, '（一）关于外贸工作');
    // Two messages in one write.
    const a = frame({ jsonrpc: '2.0', id: 1001, method: 'textDocument/foldingRange', params: { textDocument: { uri } } });
    const b = frame({ jsonrpc: '2.0', id: 1002, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    const [ra, rb] = [s.next((m) => m.id === 1001), s.next((m) => m.id === 1002)];
    await s.write(Buffer.concat([a, b]));
    assert.ok(Array.isArray((await ra).result));
    assert.equal(((await rb).result as Array<{ name: string }>)[0].name, '（一）关于外贸工作');
    assert.deepEqual(s.stdoutErrors, [], 'stdout carries protocol frames only');
    await s.request('shutdown', null);
    await s.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exitWithin(s, 5000), 0);
  });

  it('exits with code 1 when stdin closes without a shutdown request', async () => {
    const s = session();
    await initialize(s);
    s.child.stdin!.end();
    assert.equal(await exitWithin(s, 5000), 1);
  });

  it('exits with code 0 when stdin closes after a shutdown request', async () => {
    const s = session();
    await initialize(s);
    await s.request('shutdown', null);
    s.child.stdin!.end();
    assert.equal(await exitWithin(s, 5000), 0);
  });

  it('exits when stdin closes before anything was sent', async () => {
    const s = session();
    s.child.stdin!.end();
    assert.equal(await exitWithin(s, 5000), 1);
  });

  it('decodes a large message on the main thread when the decoder worker cannot start', async () => {
    const s = session(['-r', path.join(__dirname, 'noStdioWorker.js')]);
    await initialize(s);
    const uri = pathToFileURL(SEED).toString();
    // Over 1 MB (LARGE_BODY): the body goes to the decoder, which fails to start.
    const seed = fs.readFileSync(SEED, 'utf8');
    const text = seed.repeat(Math.ceil((1.2 * 1048576) / Buffer.byteLength(seed)));
    const published = s.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as Json).uri === uri);
    await s.write(
      frame({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'workplan', version: 1, text } },
      }),
    );
    await published;
    const symbols = (await s.request('textDocument/documentSymbol', { textDocument: { uri } })).result as Array<{ name: string }>;
    assert.equal(symbols[0].name, '（一）关于外贸工作');
    assert.deepEqual(s.stdoutErrors, []);
    assert.match(s.stderr, /decoding large messages on the main thread/);
    s.child.stdin!.end();
    assert.equal(await exitWithin(s, 5000), 1);
  });
});
