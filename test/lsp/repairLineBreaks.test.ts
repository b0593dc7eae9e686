/**
 * `workplan.server.repairLineBreaks` through the bundled server: on the PDF copy of corpus 135 the
 * command answers with one text edit per change; with `review` each carries an annotation that
 * needs confirmation (VS Code's preview), and the edits give the core's repaired text.
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { AnnotatedTextEdit, ApplyWorkspaceEditParams, TextDocumentEdit } from 'vscode-languageserver';
import { applyEdits } from '../../server/src/core/services/fixes';
import { repairEdits } from '../../server/src/core/services/lineBreaks';
import { splitLines } from '../../server/src/core/model/model';
import { ServerCommands, type RepairResult } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

describe('repair line breaks over LSP', function () {
  this.timeout(60_000);

  it('one annotated edit per change for review, applied through workspace/applyEdit', async () => {
    const dir = path.join(ROOT, 'test/corpus');
    const file = path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.startsWith('135') && f.endsWith('.txt'))!,
    );
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).toString();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const applied: ApplyWorkspaceEditParams[] = [];
    conn.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      applied.push(p);
      return { applied: true };
    });
    conn.onRequest(() => null);
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
      assert.ok(init.capabilities.executeCommandProvider?.commands.includes(ServerCommands.repairLineBreaks));
      conn.sendNotification('initialized', {});
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 3, text } });
      // Without applying: the edit comes back in the answer.
      const dry = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.repairLineBreaks,
        arguments: [uri, { apply: false }],
      })) as RepairResult;
      assert.deepEqual([dry.applied, dry.count, dry.message, applied.length], [false, 21, 'Line breaks to repair: 21', 0]);

      const result = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.repairLineBreaks,
        arguments: [uri, { review: true }],
      })) as RepairResult;
      assert.deepEqual([result.applied, result.count, result.message], [true, 21, 'Line breaks repaired: 21']);
      assert.equal(applied.length, 1);
      const edit = applied[0].edit;
      const change = edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 3 });
      assert.equal(change.edits.length, 21);
      assert.deepEqual(Object.keys(edit.changeAnnotations ?? {}).sort(), ['join', 'pageNumber']);
      assert.deepEqual(edit.changeAnnotations!.join, { label: 'Join a line broken inside a sentence', needsConfirmation: true });
      assert.ok(
        change.edits.every(
          (e) => (e as AnnotatedTextEdit).annotationId === 'join' || (e as AnnotatedTextEdit).annotationId === 'pageNumber',
        ),
      );
      const lines = splitLines(text);
      const off = (p: { line: number; character: number }) => lines[p.line].start + p.character;
      const out = applyEdits(
        text,
        change.edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end), newText: e.newText })),
      );
      assert.equal(out, applyEdits(text, repairEdits(text)));
    } finally {
      conn.dispose();
      child.kill();
    }
  });
});
