/**
 * Word in, Word out through the bundled server over stdio: workplan/importDocx (bytes as base64,
 * or a file: URI), a bad file answered with a localised message, workplan/exportDocx of an open
 * document; then a `workplan-docx:` document opened like the editor's read-only view gets
 * diagnostics and symbols like any plan.
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ExportDocxResult, ImportDocxResult } from '../../server/src/shared/protocol';
import { buildDocx, documentXml, lvl, numberingXml, p } from '../unit/docxBuild';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

const NOTHING = '<w:suff w:val="nothing"/>';
const PLAN = buildDocx({
  numbering: numberingXml(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', 1, NOTHING)}${lvl(1, 'chineseCounting', '（%2）', 1, NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  ),
  document: documentXml(
    [
      p('2025年工作要点'),
      p('总体要求', { num: [1, 0] }),
      p('指导思想', { num: [1, 1] }),
      p('重点任务', { num: [1, 0] }),
      p('四、手写的编号'),
    ].join(''),
  ),
});

describe('workplan/importDocx and workplan/exportDocx over stdio', function () {
  this.timeout(60_000);
  let child: ChildProcess;
  let conn: MessageConnection;
  const diagnostics = new Map<string, Array<{ code: string; range: { start: { line: number } } }>>();
  const waiting = new Map<string, () => void>();

  before(async () => {
    child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onRequest(() => null);
    conn.onNotification(
      'textDocument/publishDiagnostics',
      (d: { uri: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }) => {
        diagnostics.set(d.uri, d.diagnostics);
        waiting.get(d.uri)?.();
      },
    );
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
    conn.sendNotification('initialized', {});
  });
  after(() => {
    conn?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  it('imports bytes sent as base64, and a file: URI', async () => {
    const r = (await conn.sendRequest('workplan/importDocx', {
      data: Buffer.from(PLAN).toString('base64'),
      name: '要点.docx',
    })) as ImportDocxResult;
    assert.deepEqual(r, {
      ok: true,
      text: '2025年工作要点\n一、总体要求\n（一）指导思想\n二、重点任务\n四、手写的编号\n',
      paragraphs: 5,
      numbered: 3,
      tableRows: 0,
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-lsp-docx-')), 'x.docx');
    fs.writeFileSync(file, PLAN);
    const byUri = (await conn.sendRequest('workplan/importDocx', { uri: pathToFileURL(file).toString() })) as ImportDocxResult;
    assert.equal(byUri.ok && byUri.text, r.ok && r.text);
  });

  it('answers a file it cannot read with a code and a message in the client language', async () => {
    const r = (await conn.sendRequest('workplan/importDocx', {
      data: Buffer.from('not a zip').toString('base64'),
      name: '改名.docx',
    })) as ImportDocxResult;
    assert.deepEqual(r, { ok: false, code: 'notWord', message: '改名.docx：不是 Word 文档（.docx），无法导入' });
  });

  it('exports an open document; the read-only workplan-docx: view is analysed like any plan', async () => {
    const uri = 'workplan-docx:/tmp/%E8%A6%81%E7%82%B9.docx?file%3A%2F%2F%2Ftmp%2F%E8%A6%81%E7%82%B9.docx';
    const text = '2025年工作要点\n一、总体要求\n（一）指导思想\n二、重点任务\n四、手写的编号\n';
    const published = new Promise<void>((resolve) => waiting.set(uri, resolve));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });
    const symbols = (await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ name: string }>;
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、总体要求', '二、重点任务', '四、手写的编号'],
    );
    await published;
    assert.ok(
      diagnostics.get(uri)!.some((d) => d.code === 'numbering-gap' && d.range.start.line === 4),
      JSON.stringify(diagnostics.get(uri)),
    );
    const r = (await conn.sendRequest('workplan/exportDocx', { uri })) as ExportDocxResult;
    assert.equal(r.paragraphs, 5);
    const back = (await conn.sendRequest('workplan/importDocx', { data: r.data })) as ImportDocxResult;
    assert.equal(back.ok && back.text, text);
  });
});
