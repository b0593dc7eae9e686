/**
 * `workplan.server.repairText` through the bundled server: a scraped plan with a lone marker, a line
 * split inside a sentence, ASCII quotes and chrome; the command answers with a `workspace/applyEdit`
 * whose edits carry one change annotation per kind, each needing confirmation (a preview to review).
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { AnnotatedTextEdit, ApplyWorkspaceEditParams, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver';
import { applyEdits } from '../../server/src/core/services/fixes';
import { splitLines } from '../../server/src/core/model/model';
import { ServerCommands, type CleanPasteResult } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

describe('repair scraped text over LSP', function () {
  this.timeout(60_000);

  it('proposes the joins, the rebuilt marker, the quotes and the chrome deletion as annotated edits', async () => {
    const text =
      '某区2024年商务工作要点\n一、\n稳定外贸增长\n全年进出口增长\n5%\n，力争实现"稳中有进"的目标。\n二、扩大内需\n举办消费节活动。\n收藏 打印本页 关闭窗口\n';
    const uri = 'untitled:repair.workplan';
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
      assert.ok(init.capabilities.executeCommandProvider?.commands.includes(ServerCommands.repairText));
      conn.sendNotification('initialized', {});
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 3, text } });
      await diagnostics;
      const result = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.repairText,
        arguments: [uri],
      })) as CleanPasteResult;
      assert.deepEqual(result, { applied: true, count: 6, message: '6 repairs proposed; each can be unticked in the preview' });
      const change = applied!.edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 3 });
      assert.deepEqual(
        (change.edits as AnnotatedTextEdit[]).map((e) => e.annotationId),
        ['marker', 'join-split', 'join-split', 'quotes', 'quotes', 'chrome'],
      );
      assert.deepEqual(
        Object.entries(applied!.edit.changeAnnotations!).map(([k, a]) => [k, a.needsConfirmation]),
        [
          ['marker', true],
          ['join-split', true],
          ['quotes', true],
          ['chrome', true],
        ],
      );
      const lines = splitLines(text);
      const off = (p: { line: number; character: number }) => lines[p.line].start + p.character;
      const repaired = applyEdits(
        text,
        change.edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end), newText: e.newText })),
      );
      assert.equal(
        repaired,
        '某区2024年商务工作要点\n一、稳定外贸增长\n全年进出口增长5%，力争实现“稳中有进”的目标。\n二、扩大内需\n举办消费节活动。\n',
      );
    } finally {
      conn.dispose();
      child.kill();
    }
  });
});
