/**
 * Typing in a 1 MB plan with what an editor sends at every keystroke: the edit, completion (awaited,
 * it paces the typing), and, not awaited, code actions and highlights at the cursor and every
 * fourth keystroke semantic tokens, folding, outline, inlay hints, the status bar's stats and the
 * targets and tasks views. Superseded versions must not be analysed: `workplan/serverStatus`
 * counts the analyses the server made by cause, and while the keystrokes come faster than the
 * quiet period none of these requests may cause one, nor may the edits themselves beyond one per
 * pause the client made (a gap of 100 ms or more: the server's quiet period is 150 ms) and one per
 * 4 s of typing (the longest an edit waits). The last version's diagnostics arrive, and the views
 * asked after them are answered from its analysis.
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
/** Client gaps this long may let the server's quiet period (150 ms) run out: each may cost an analysis. */
const PAUSE_MS = 100;
/** However fast the edits come, the scheduler analyses at the latest this long after the first one waiting. */
const MAX_WAIT_MS = 4000;

describe('typing in a 1 MB plan with the editor’s requests', function () {
  this.timeout(180_000);

  it('analyses no superseded version for the requests, and at most one per pause for the edits', async () => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    const seeds = fs
      .readdirSync(path.join(ROOT, 'seeds'))
      .filter((n) => n.endsWith('.txt'))
      .sort();
    const one = seeds.map((n) => fs.readFileSync(path.join(ROOT, 'seeds', n), 'utf8')).join('\n');
    const text = one.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(one)));
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const uri = 'file:///typing/analyses.workplan';
    const typed = '；二是完善工作机制，强化督促检查，压实工作责任，确保各项任务落到实处；';
    const keystrokes = typed.length;
    const last = keystrokes + 1;
    let onVersion: { version: number; resolve: (p: PublishDiagnosticsParams) => void } | undefined;
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const w = onVersion;
      if (w && p.uri === uri && p.version === w.version) w.resolve(p);
    });
    const published = (version: number) => new Promise<PublishDiagnosticsParams>((resolve) => (onVersion = { version, resolve }));
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    const analyses = async () => ((await conn.sendRequest('workplan/serverStatus', {})) as { analyses: Record<string, number> }).analyses;
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
      conn.sendNotification('initialized', {});
      const opened = published(1);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });
      await opened;
      const before = await analyses();

      const lines = text.split('\n');
      const line = lines.length >> 1;
      const start = lines[line].length;
      const doc = { textDocument: { uri } };
      const pending: Array<Promise<unknown>> = [];
      const sentAt: number[] = [];
      const settled = published(last);
      for (let i = 0; i < keystrokes; i++) {
        const at = { line, character: start + i };
        const cursor = { line, character: start + i + 1 };
        sentAt.push(performance.now());
        conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: i + 2 },
          contentChanges: [{ range: { start: at, end: at }, text: typed[i] }],
        });
        pending.push(
          conn.sendRequest('textDocument/codeAction', { ...doc, range: { start: cursor, end: cursor }, context: { diagnostics: [] } }),
          conn.sendRequest('textDocument/documentHighlight', { ...doc, position: cursor }),
        );
        if (i % 4 === 3)
          pending.push(
            conn.sendRequest('textDocument/semanticTokens/full', doc),
            conn.sendRequest('textDocument/foldingRange', doc),
            conn.sendRequest('textDocument/documentSymbol', doc),
            conn.sendRequest('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: cursor } }),
            conn.sendRequest('workplan/stats', { uri }),
            conn.sendRequest('workplan/targets', { uri }),
            conn.sendRequest('workplan/tasks', { uri }),
          );
        await conn.sendRequest('textDocument/completion', { ...doc, position: cursor });
      }
      const typingMs = performance.now() - sentAt[0];
      await settled;
      // Every request was answered (code actions of superseded versions with nothing).
      await Promise.all(pending);
      const after = await analyses();

      const made: Record<string, number> = {};
      for (const [cause, n] of Object.entries(after)) if (n - (before[cause] ?? 0) > 0) made[cause] = n - (before[cause] ?? 0);
      const requestCaused = Object.keys(made).filter((c) => c !== 'didChange');
      assert.deepEqual(requestCaused, [], `analyses made for requests while typing: ${JSON.stringify(made)}`);
      const pauses = sentAt.slice(1).filter((t, i) => t - sentAt[i] >= PAUSE_MS).length;
      const allowed = 1 + pauses + Math.floor(typingMs / MAX_WAIT_MS);
      assert.ok(
        (made.didChange ?? 0) <= allowed,
        `${made.didChange} analyses for ${keystrokes} keystrokes in ${typingMs.toFixed(0)} ms with ${pauses} pauses (at most ${allowed})`,
      );
      assert.ok((made.didChange ?? 0) >= 1, 'the last version was analysed');

      // Typing stopped: the views get the last version's analysis, without another one.
      const targets = (await conn.sendRequest('workplan/targets', { uri })) as unknown[];
      assert.ok(targets.length > 0, 'targets of the last version');
      const highlights = await conn.sendRequest('textDocument/documentHighlight', { ...doc, position: { line, character: start + 1 } });
      assert.ok(Array.isArray(highlights));
      const end = await analyses();
      assert.deepEqual(end, after, 'no analysis for requests once the last version is analysed');

      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
    } finally {
      if (child.exitCode === null) child.kill();
      conn.dispose();
    }
  });
});
