/**
 * The task division requests through the bundled server over stdio: `workplan/tasks` for an open
 * document, `workplan/tasksExport` (CSV with BOM, Markdown) and the hover on a unit name.
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { TaskInfo } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const TEXT =
  '某区商务局2025年重点工作任务分工方案\n一、重点任务\n1.推进外贸稳规模。落实稳外贸政策（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：2025年12月底前）。\n2.办好展会。（区商务局牵头，区文旅局配合）\n';

describe('workplan/tasks, workplan/tasksExport and the unit hover over stdio', function () {
  this.timeout(60_000);
  let child: ChildProcess;
  let conn: MessageConnection;
  const uri = 'untitled:tasks-test';

  before(async () => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text: TEXT } });
  });

  after(() => {
    conn?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  it('lists the tasks with units, deadline and section', async () => {
    const tasks = (await conn.sendRequest('workplan/tasks', { uri })) as TaskInfo[];
    assert.deepEqual(
      tasks.map((t) => [
        t.line,
        t.character,
        t.title,
        t.lead.map((u) => u.name),
        t.responsible.map((u) => u.name),
        t.deadline,
        t.section,
        t.sectionLine,
      ]),
      [
        [2, 0, '推进外贸稳规模', ['区商务局'], ['区财政局', '各街道'], '2025年12月底前', '一、重点任务', 1],
        [3, 0, '办好展会', ['区商务局'], ['区文旅局'], null, '一、重点任务', 1],
      ],
    );
  });

  it('exports CSV with a BOM and CRLF, and a Markdown table, in the client language', async () => {
    const csv = ((await conn.sendRequest('workplan/tasksExport', { uri, format: 'csv' })) as { content: string }).content;
    assert.equal(
      csv,
      '\ufeff行,列,任务,牵头单位,责任单位,完成时限,所属部分\r\n3,1,推进外贸稳规模,区商务局,区财政局、各街道,2025年12月底前,一、重点任务\r\n4,1,办好展会,区商务局,区文旅局,,一、重点任务\r\n',
    );
    const md = ((await conn.sendRequest('workplan/tasksExport', { uri, format: 'markdown' })) as { content: string }).content;
    assert.equal(md.split('\n')[0], '| 行 | 列 | 任务 | 牵头单位 | 责任单位 | 完成时限 | 所属部分 |');
    assert.equal(md.split('\n')[3], '| 4 | 1 | 办好展会 | 区商务局 | 区文旅局 |  | 一、重点任务 |');
  });

  it('hover on a unit name lists its tasks', async () => {
    const line = TEXT.split('\n')[3];
    const character = line.indexOf('区商务局') + 1;
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character } })) as {
      contents: { value: string };
      range: { start: { character: number } };
    };
    assert.equal(
      hover.contents.value,
      '**区商务局**：牵头 2 项，责任 0 项\n\n- 第 3 行 · 牵头 · 推进外贸稳规模\n- 第 4 行 · 牵头 · 办好展会',
    );
    assert.equal(hover.range.start.character, line.indexOf('区商务局'));
  });
});
