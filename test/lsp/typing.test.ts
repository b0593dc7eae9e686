/**
 * Typing in a 5 MB plan through the standalone server: a burst of keystrokes, each an incremental
 * didChange followed by a completion request, must not make the server queue up versions. The
 * last version's diagnostics arrive, completion answers from the current text (the item for the
 * run-in series typed on the last keystroke), and the process stays under 400 MB resident
 * (read from the server itself, worker threads included), also when every keystroke is analysed
 * before the next. No timing is asserted.
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CompletionItem, PublishDiagnosticsParams } from 'vscode-languageserver';
import { SERVER_ENV } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

describe('typing in a 5 MB plan', function () {
  this.timeout(180_000);

  it('publishes the last version, completes from the current text and stays under 400 MB', async () => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    const seeds = fs
      .readdirSync(path.join(ROOT, 'seeds'))
      .filter((n) => n.endsWith('.txt'))
      .sort();
    const one = seeds.map((n) => fs.readFileSync(path.join(ROOT, 'seeds', n), 'utf8')).join('\n');
    const text = one.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(one)));
    // Started as the VS Code client starts it (SERVER_ENV).
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV } });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: number[] = [];
    let onLast: ((p: PublishDiagnosticsParams) => void) | undefined;
    const uri = 'file:///typing/big.workplan';
    // At the end of a line in the middle, `；一是…；` typed one character at a time.
    const typed = '；一是加强统筹协调，完善工作机制，强化督促检查，压实工作责任，确保各项任务落到实处；';
    const keystrokes = typed.length;
    const last = keystrokes + 1;
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri !== uri || p.version === undefined) return;
      published.push(p.version);
      if (p.version === 1 || p.version === last) onLast?.(p);
    });
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
      conn.sendNotification('initialized', {});
      let opened = new Promise<PublishDiagnosticsParams>((r) => (onLast = r));
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });
      await opened;
      const lines = text.split('\n');
      const line = lines.length >> 1;
      const insert = { line, character: lines[line].length };
      opened = new Promise<PublishDiagnosticsParams>((r) => (onLast = r));
      let items: CompletionItem[] = [];
      for (let i = 0; i < keystrokes; i++) {
        const at = { line, character: insert.character + i };
        conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: i + 2 },
          contentChanges: [{ range: { start: at, end: at }, text: typed[i] }],
        });
        items = (await conn.sendRequest('textDocument/completion', {
          textDocument: { uri },
          position: { line, character: at.character + 1 },
        })) as CompletionItem[];
      }
      const final = await opened;
      assert.equal(final.version, last);
      // Versions are published in order, and never one after a newer one.
      assert.deepEqual(
        [...published].sort((a, b) => a - b),
        published,
      );
      // After `一是…；` the next item of the series is offered, from the text as typed just now.
      assert.ok(
        items.some((c) => c.label === '二是'),
        `completion: ${items.map((c) => c.label).join(' ')}`,
      );
      const status = (await conn.sendRequest('workplan/serverStatus', {})) as { rssMB: number };
      assert.ok(status.rssMB > 0 && status.rssMB < 400, `server RSS ${status.rssMB} MB after typing in a 5 MB document`);
      // Typing with pauses: each keystroke analysed before the next (a code action waits for the
      // current version's analysis), 25 analyses of the 5 MB plan in a row, each leaving the last
      // one's objects behind. The server still stays under 400 MB (it went to 580–760 MB before the
      // heap's growth was bounded, main.ts HEAP_GROWING_PERCENT).
      let maxRss = 0;
      for (let i = 0; i < 25; i++) {
        const at = { line, character: insert.character + keystrokes + i };
        conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: last + 1 + i },
          contentChanges: [{ range: { start: at, end: at }, text: typed[i % typed.length] }],
        });
        await conn.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: at, end: at },
          context: { diagnostics: [] },
        });
        maxRss = Math.max(maxRss, ((await conn.sendRequest('workplan/serverStatus', {})) as { rssMB: number }).rssMB);
      }
      assert.ok(maxRss > 0 && maxRss < 400, `server RSS up to ${maxRss} MB while a 5 MB document was analysed after every keystroke`);
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
    } finally {
      if (child.exitCode === null) child.kill();
      conn.dispose();
    }
  });
});
