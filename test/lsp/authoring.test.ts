/** Completion, formatting and stats through the real server bundle over stdio. */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { applyEdits } from '../../server/src/core/services/fixes';
import { parseDocument } from '../../server/src/core/model/parse';
import { countCharacters } from '../../server/src/core/text/stats';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

interface Position {
  line: number;
  character: number;
}
interface LspEdit {
  range: { start: Position; end: Position };
  newText: string;
}

/** Applies LSP edits to `text` through offsets of the core line table. */
function applyLspEdits(text: string, edits: LspEdit[]): string {
  const lines = parseDocument(text).lines;
  const off = (p: Position) => lines[p.line].start + p.character;
  return applyEdits(
    text,
    edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end), newText: e.newText })),
  );
}

describe('LSP: authoring', function () {
  this.timeout(60_000);
  let child: ChildProcess;
  let conn: MessageConnection;
  let split = false;
  let capabilities: Record<string, unknown>;

  before(async () => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ format: { splitRunInHeadings: split } })));
    conn.onRequest('client/registerCapability', () => null);
    conn.onNotification(() => undefined);
    conn.listen();
    const init = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      capabilities: { workspace: { configuration: true } },
    })) as { capabilities: Record<string, unknown> };
    capabilities = init.capabilities;
    await conn.sendNotification('initialized', {});
  });

  after(() => {
    conn?.dispose();
    child?.kill();
  });

  const open = async (uri: string, text: string) =>
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });

  it('announces completion (with trigger characters) and both kinds of formatting', () => {
    assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, ['（', '(', '；']);
    assert.equal(capabilities.documentFormattingProvider, true);
    assert.equal(capabilities.documentRangeFormattingProvider, true);
  });

  it('offers （三） first, preselected, on an empty line after （二）, in the client’s language', async () => {
    const text = '某市2025年工作要点\n一、重点任务\n（一）稳外贸\n（二）促消费\n\n';
    const uri = 'file:///tmp/authoring-completion.workplan';
    await open(uri, text);
    const items = (await conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 0 },
    })) as Array<{
      label: string;
      preselect?: boolean;
      detail?: string;
      textEdit: LspEdit;
    }>;
    assert.deepEqual(
      items.slice(0, 3).map((i) => i.label),
      ['（三）', '1.', '二、'],
    );
    assert.equal(items[0].preselect, true);
    assert.equal(items[0].detail, '同级序号（接 （二））');
    assert.equal(applyLspEdits(text, [items[0].textEdit]), text.replace(/\n\n$/, '\n（三）\n'));
  });

  it('formats a seed with minimal edits, and splits run-in headings when the setting asks', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'seeds/000_86ad72312f1b257b.txt'), 'utf8');
    const uri = 'file:///tmp/seed000.workplan';
    await open(uri, text);
    const edits = (await conn.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as LspEdit[];
    assert.ok(edits.length > 0 && edits.length < 50, `${edits.length} edits`);
    const out = applyLspEdits(text, edits);
    assert.equal(out.length, text.length, 'range marks change characters, never the length');
    assert.ok(out.includes('1～2个品牌') && out.includes('4～5个境外'));

    split = true;
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const splitEdits = (await conn.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as LspEdit[];
    const lines = applyLspEdits(text, splitEdits).split('\n');
    assert.deepEqual(
      lines.slice(2, 5).map((l) => l.slice(0, 12)),
      ['（一）关于外贸工作', '1、抓好抓实四个重点', '（1）抓好进出口1亿美元'],
    );
    split = false;
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('range formatting touches only the range', async () => {
    const text = '某市工作要点\n一、任务\n我们,要抓好。\n他们,要抓好。\n';
    const uri = 'file:///tmp/range.workplan';
    await open(uri, text);
    const edits = (await conn.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } },
      options: { tabSize: 4, insertSpaces: true },
    })) as LspEdit[];
    assert.equal(applyLspEdits(text, edits), '某市工作要点\n一、任务\n我们,要抓好。\n他们，要抓好。\n');
  });

  it('answers workplan/stats with the same count as core/stats', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'seeds/002_f30a71d086892b2f.txt'), 'utf8');
    const uri = 'file:///tmp/seed002.workplan';
    await open(uri, text);
    const stats = (await conn.sendRequest('workplan/stats', { uri })) as { characters: number; findings: number };
    assert.equal(stats.characters, countCharacters(text));
    assert.ok(stats.findings >= 0);
  });
});
