/**
 * The Tasks view in a real VS Code: grouped by section and by unit, the grouping toggle, the
 * export saved as CSV with a BOM (what Excel on Chinese Windows needs) and as Markdown, and a
 * Markdown plan followed as the Targets view follows it.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, detectionOf, eventually, extensionApi, openAsWorkplan, workspaceFile, writeWorkspaceFile } from './util';

const PLAN =
  '某区商务局2025年重点工作任务分工方案\n一、稳外贸\n1.推进外贸稳规模。落实稳外贸政策（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：2025年12月底前）。\n2.培育外贸主体。（区商务局牵头，区市场监管局配合）\n二、促消费\n1.打造特色商圈。（牵头单位：区文旅局；责任单位：区商务局）\n三、保障措施\n（一）加强组织领导。\n（二）强化督促检查。\n';

type ViewState = { uri?: string; grouping: string; rows: string[] };
/** The client's strings follow VS Code's display language (English in the runner). */
const zh = vscode.env.language.toLowerCase().startsWith('zh');
const L = (z: string, e: string) => (zh ? z : e);
const state = () => vscode.commands.executeCommand<ViewState>('_workplan.tasksViewState');

describe('tasks view', () => {
  afterEach(closeAll);

  it('groups the tasks by section, then by unit, and back', async () => {
    const doc = await openAsWorkplan(writeWorkspaceFile('tasks-view.txt', PLAN));
    const bySection = await eventually(
      state,
      (s) => s.uri === doc.uri.toString() && s.rows.length === 5,
      'the tasks of the plan in the view',
    );
    assert.deepEqual(bySection.rows, [
      '1 一、稳外贸',
      '2 推进外贸稳规模 · 区商务局 · 2025年12月底前',
      '2 培育外贸主体 · 区商务局',
      '1 二、促消费',
      '2 打造特色商圈 · 区文旅局',
    ]);
    await vscode.commands.executeCommand('workplan.tasksGroupByUnit');
    const byUnit = await state();
    assert.equal(byUnit.grouping, 'unit');
    assert.deepEqual(byUnit.rows.slice(0, 4), [
      `1 区商务局 · ${L('牵头 2 · 责任 1', 'lead 2 · responsible 1')}`,
      `2 推进外贸稳规模 · ${L('牵头', 'lead')} · 2025年12月底前`,
      `2 培育外贸主体 · ${L('牵头', 'lead')}`,
      `2 打造特色商圈 · ${L('责任', 'responsible')}`,
    ]);
    await vscode.commands.executeCommand('workplan.tasksGroupBySection');
    assert.deepEqual((await state()).rows, bySection.rows);
  });

  it('follows a Markdown plan (a plan that keeps the Markdown language), as the Targets view does', async () => {
    const api = await extensionApi();
    const uri = writeWorkspaceFile(
      'tasks-plan.md',
      '# 某区商务局2025年重点工作任务分工方案\n\n## 一、稳外贸\n\n1.推进外贸稳规模。落实稳外贸政策（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：2025年12月底前）。\n\n## 二、促消费\n\n1.打造特色商圈。（牵头单位：区文旅局；责任单位：区商务局）\n',
    );
    const outcome = detectionOf(api, uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(await outcome, 'markdown-plan');
    assert.equal(doc.languageId, 'markdown');
    const s = await eventually(state, (v) => v.uri === doc.uri.toString() && v.rows.length === 4, 'the Markdown plan in the view');
    assert.deepEqual(s.rows, ['1 一、稳外贸', '2 推进外贸稳规模 · 区商务局 · 2025年12月底前', '1 二、促消费', '2 打造特色商圈 · 区文旅局']);
  });

  it('exports CSV with a BOM and a Markdown table to the chosen file', async () => {
    await openAsWorkplan(writeWorkspaceFile('tasks-export.txt', PLAN));
    await eventually(state, (s) => s.rows.length === 5, 'the tasks in the view');
    const csvUri = workspaceFile('tasks-export.csv');
    await vscode.commands.executeCommand('workplan.exportTasks', 'csv', csvUri);
    const bytes = fs.readFileSync(csvUri.fsPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[1], '3,1,推进外贸稳规模,区商务局,区财政局、各街道,2025年12月底前,一、稳外贸');
    assert.equal(lines.length, 1 + 3 + 1);
    const mdUri = workspaceFile('tasks-export.md');
    await vscode.commands.executeCommand('workplan.exportTasks', 'markdown', mdUri);
    const md = fs.readFileSync(mdUri.fsPath, 'utf8').split('\n');
    assert.equal(md.length, 2 + 3 + 1);
    assert.match(md[4], /^\| 6 \| 1 \| 打造特色商圈 \| 区文旅局 \| 区商务局 \|/);
  });
});
