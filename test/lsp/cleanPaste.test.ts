/**
 * `workplan.server.cleanPaste` through the bundled server: seed 003 opened, the command answers
 * with a `workspace/applyEdit` holding every paste-artifact fix for that version of the document,
 * and the text it gives has no pinyin, chrome or `?` lines left.
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { ApplyWorkspaceEditParams, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver';
import { applyEdits } from '../../server/src/core/services/fixes';
import { splitLines } from '../../server/src/core/model/model';
import { ServerCommands, type CleanPasteResult } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

describe('clean up pasted text over LSP', function () {
  this.timeout(60_000);

  it('applies every paste-artifact fix of seed 003 in one workspace edit', async () => {
    const file = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('003'))!;
    const text = fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
    const uri = pathToFileURL(path.join(ROOT, 'seeds', file)).toString();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    let applied: ApplyWorkspaceEditParams | undefined;
    conn.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      applied = p;
      return { applied: true };
    });
    conn.onRequest(() => null);
    let resolveDiagnostics: (p: PublishDiagnosticsParams) => void = () => undefined;
    const diagnostics = new Promise<PublishDiagnosticsParams>((r) => (resolveDiagnostics = r));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => p.uri === uri && resolveDiagnostics(p));
    conn.onNotification(() => undefined);
    conn.listen();
    try {
      const init = (await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { workspace: { applyEdit: true } },
        locale: 'en',
      })) as {
        capabilities: { executeCommandProvider?: { commands: string[] } };
      };
      assert.ok(init.capabilities.executeCommandProvider?.commands.includes(ServerCommands.cleanPaste));
      conn.sendNotification('initialized', {});
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 7, text } });
      const published = await diagnostics;
      const pasteDiagnostics = published.diagnostics.filter((d) => d.code === 'paste-artifact');
      assert.equal(pasteDiagnostics.length, 53);
      const result = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.cleanPaste,
        arguments: [uri],
      })) as CleanPasteResult;
      assert.equal(result.applied, true);
      assert.equal(result.count, 45, 'every finding with a fix (the 8 lost characters inside sentences have none)');
      assert.equal(result.message, 'Cleaned up pasted text: 45 changes');
      const change = applied!.edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 7 });
      const lines = splitLines(text);
      const off = (p: { line: number; character: number }) => lines[p.line].start + p.character;
      const cleaned = applyEdits(
        text,
        change.edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end), newText: e.newText })),
      );
      assert.ok(!/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/.test(cleaned));
      assert.ok(!/^\?*$/m.test(cleaned.split('\n').slice(1).join('\n')), 'no ? lines (nor empty ones) left');
      assert.ok(cleaned.startsWith('\n按照全省商務工作會議安排'));
    } finally {
      conn.dispose();
      child.kill();
    }
  });
});
