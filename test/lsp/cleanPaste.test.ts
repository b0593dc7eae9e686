/**
 * `workplan.server.cleanPaste` through the bundled server: seed 003 opened, the command answers
 * with a `workspace/applyEdit` holding every paste-artifact fix for that version of the document,
 * and the text it gives has no pinyin, chrome or `?` lines left.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocumentEdit } from 'vscode-languageserver';
import { applyLspEdits, openInEditingServer } from './editingServer';
import { ServerCommands, type CleanPasteResult } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');

describe('clean up pasted text over LSP', function () {
  this.timeout(60_000);

  it('applies every paste-artifact fix of seed 003 in one workspace edit', async () => {
    const file = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('003'))!;
    const text = fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
    const uri = pathToFileURL(path.join(ROOT, 'seeds', file)).toString();
    const { conn, applied, commands, published: diagnostics, dispose } = await openInEditingServer(uri, text, 7);
    try {
      assert.ok(commands.includes(ServerCommands.cleanPaste));
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
      assert.equal(applied.length, 1);
      const change = applied[0].edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 7 });
      const cleaned = applyLspEdits(text, change.edits);
      assert.ok(!/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/.test(cleaned));
      assert.ok(!/^\?*$/m.test(cleaned.split('\n').slice(1).join('\n')), 'no ? lines (nor empty ones) left');
      assert.ok(cleaned.startsWith('\n按照全省商務工作會議安排'));
    } finally {
      dispose();
    }
  });
});
