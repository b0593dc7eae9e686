/**
 * The server analyses each version of a large document from the previous one's analysis (in the
 * analysis worker, services/incremental.ts): after a few edits, each analysed before the next, the
 * diagnostics must be those of the same text opened afresh.
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

describe('edits of a large document, analysed incrementally', function () {
  this.timeout(120_000);

  it('publish the diagnostics of a fresh analysis of the same text', async () => {
    const seeds = fs
      .readdirSync(path.join(ROOT, 'seeds'))
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => fs.readFileSync(path.join(ROOT, 'seeds', n), 'utf8'));
    let text = '';
    for (let i = 0; text.length < 150_000; i++) text += seeds[i % seeds.length] + '\n';
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => waiting.get(`${p.uri}@${p.version}`)?.(p));
    const diagnosticsOf = (uri: string, version: number) =>
      new Promise<PublishDiagnosticsParams>((r) => waiting.set(`${uri}@${version}`, r));
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
      conn.sendNotification('initialized', {});
      const uri = 'file:///incremental/big.workplan';
      let version = 1;
      let published = diagnosticsOf(uri, version);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version, text } });
      await published;
      const lines = text.split('\n');
      const middle = lines.length >> 1;
      // A repeated word and a target typed at the end of a middle line, a new line with a marker, a deletion.
      const edits: Array<{ line: number; from: number; to: number; text: string }> = [
        { line: middle, from: lines[middle].length, to: lines[middle].length, text: '建设建设' },
        { line: middle, from: lines[middle].length + 4, to: lines[middle].length + 4, text: '，增长8.5%。' },
        { line: middle + 2, from: 0, to: 0, text: '（九）推进重点工作\n' },
        { line: 3, from: 0, to: Math.min(4, lines[3].length), text: '' },
      ];
      for (const e of edits) {
        const change: TextDocumentContentChangeEvent = {
          range: { start: { line: e.line, character: e.from }, end: { line: e.line, character: e.to } },
          text: e.text,
        };
        const all = text.split('\n');
        all[e.line] = all[e.line].slice(0, e.from) + e.text + all[e.line].slice(e.to);
        text = all.join('\n');
        version++;
        published = diagnosticsOf(uri, version);
        conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        await published;
      }
      const last = await published;
      const fresh = 'file:///incremental/fresh.workplan';
      const opened = diagnosticsOf(fresh, 1);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'workplan', version: 1, text } });
      const reference = await opened;
      assert.ok(reference.diagnostics.length > 0);
      // Related places name their document: the same text under another uri.
      const plain = (p: PublishDiagnosticsParams) => JSON.parse(JSON.stringify(p.diagnostics).split(p.uri).join('URI'));
      const a = plain(last);
      const b = plain(reference);
      const first = a.findIndex((d: unknown, i: number) => JSON.stringify(d) !== JSON.stringify(b[i]));
      assert.equal(
        first,
        -1,
        `diagnostic ${first}: ${JSON.stringify(a[first])} vs ${JSON.stringify(b[first])} (${a.length} vs ${b.length})`,
      );
      assert.deepEqual(a, b);
      assert.ok(
        last.diagnostics.some((d) => d.range.start.line === middle && String(d.message).includes('建设')),
        'the repeated word typed is reported',
      );
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
    } finally {
      if (child.exitCode === null) child.kill();
      conn.dispose();
    }
  });
});
