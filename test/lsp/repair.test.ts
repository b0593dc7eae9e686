/**
 * "修复断行与抓取文本 / Repair line breaks and scraped text" through the bundled server
 * (`workplan.server.repairText`, alias `workplan.server.repairLineBreaks`): on the PDF copy of corpus
 * 135 one text edit per change, each with an annotation that needs confirmation (VS Code's preview),
 * the edits giving the core's repaired text; on a scraped plan the joins, the rebuilt marker, the
 * quotes and the chrome deletion, one annotation per kind.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits } from '../../server/src/core/services/fixes';
import { repairEdits } from '../../server/src/core/services/repair';
import type { AnnotatedTextEdit, TextDocumentEdit } from 'vscode-languageserver';
import { applyLspEdits, openInEditingServer } from './editingServer';
import { ServerCommands, type RepairResult } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');

describe('repair line breaks and scraped text over LSP', function () {
  this.timeout(60_000);

  it('one annotated edit per change for review, applied through workspace/applyEdit', async () => {
    const dir = path.join(ROOT, 'test/corpus');
    const file = path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.startsWith('135') && f.endsWith('.txt'))!,
    );
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).toString();
    const { conn, applied, commands, dispose } = await openInEditingServer(uri, text, 3);
    try {
      assert.ok(commands.includes(ServerCommands.repairLineBreaks));
      // Without applying: the edit comes back in the answer.
      const dry = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.repairLineBreaks,
        arguments: [uri, { apply: false }],
      })) as RepairResult;
      assert.deepEqual([dry.applied, dry.count, dry.message, applied.length], [false, 21, 'Repairs to make: 21', 0]);

      const result = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.repairLineBreaks,
        arguments: [uri, { review: true }],
      })) as RepairResult;
      assert.deepEqual(
        [result.applied, result.count, result.message],
        [true, 21, '21 repairs proposed; each can be unticked in the preview'],
      );
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
      assert.equal(applyLspEdits(text, change.edits), applyEdits(text, repairEdits(text)));
    } finally {
      dispose();
    }
  });

  it('proposes the joins, the rebuilt marker, the quotes and the chrome deletion as annotated edits', async () => {
    const text =
      '某区2024年商务工作要点\n一、\n稳定外贸增长\n全年进出口增长\n5%\n，力争实现"稳中有进"的目标。\n二、扩大内需\n举办消费节活动。\n收藏 打印本页 关闭窗口\n';
    const uri = 'untitled:repair.workplan';
    const { conn, applied, commands, published, dispose } = await openInEditingServer(uri, text, 3);
    try {
      assert.ok(commands.includes(ServerCommands.repairText));
      await published;
      const result = (await conn.sendRequest('workspace/executeCommand', {
        command: ServerCommands.repairText,
        arguments: [uri],
      })) as RepairResult;
      assert.deepEqual(
        [result.applied, result.count, result.message],
        [true, 5, '5 repairs proposed; each can be unticked in the preview'],
      );
      const change = applied[0].edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 3 });
      assert.deepEqual(
        (change.edits as AnnotatedTextEdit[]).map((e) => e.annotationId),
        // One change per kind of repair; the quote pair is one change of two edits.
        ['marker', 'join', 'join', 'quotes', 'quotes', 'chrome'],
      );
      assert.deepEqual(
        Object.entries(applied[0].edit.changeAnnotations!).map(([k, a]) => [k, a.needsConfirmation]),
        [
          ['marker', true],
          ['join', true],
          ['quotes', true],
          ['chrome', true],
        ],
      );
      assert.equal(
        applyLspEdits(text, change.edits),
        '某区2024年商务工作要点\n一、稳定外贸增长\n全年进出口增长5%，力争实现“稳中有进”的目标。\n二、扩大内需\n举办消费节活动。\n',
      );
    } finally {
      dispose();
    }
  });
});
