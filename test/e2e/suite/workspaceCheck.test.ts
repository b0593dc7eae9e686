/**
 * "检查工作区所有计划 / Check all plans in the workspace" in a real VS Code: the command checks the
 * plans of the workspace without opening them; a closed plan's findings are in the Problems panel
 * (vscode.languages.getDiagnostics), a plan under a files.exclude folder and a text that is no plan
 * have none.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, seedUri, workspaceFile } from './util';

interface CheckResult {
  done: number;
  total: number;
  plans: number;
  cancelled: boolean;
}

describe('check all plans in the workspace', () => {
  let excludeBefore: unknown;
  before(async () => {
    excludeBefore = vscode.workspace.getConfiguration('files').inspect('exclude')?.workspaceValue;
  });
  after(async () => {
    await vscode.workspace.getConfiguration('files').update('exclude', excludeBefore, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('reports a closed plan to the Problems panel; an excluded plan and a text that is no plan get nothing', async () => {
    const plan = fs.readFileSync(seedUri('001').fsPath, 'utf8');
    fs.mkdirSync(workspaceFile('check-all/excluded').fsPath, { recursive: true });
    const closed = workspaceFile('check-all/closed-plan.txt');
    const excluded = workspaceFile('check-all/excluded/hidden-plan.txt');
    const notes = workspaceFile('check-all/notes.txt');
    fs.writeFileSync(closed.fsPath, plan);
    fs.writeFileSync(excluded.fsPath, plan);
    fs.writeFileSync(notes.fsPath, '周末要买的东西：牛奶、面包、鸡蛋。\n记得给王老师回电话。\n');
    await vscode.workspace
      .getConfiguration('files')
      .update('exclude', { '**/.git': true, '**/excluded': true }, vscode.ConfigurationTarget.Workspace);

    const result = await vscode.commands.executeCommand<CheckResult | undefined>('workplan.checkWorkspace');
    assert.ok(result, 'the command answered');
    assert.equal(result.cancelled, false);
    assert.equal(result.done, result.total);
    // The seeds and the fixture plan at least; never the excluded one.
    assert.ok(result.plans >= 6, `plans: ${result.plans}`);

    const open = vscode.workspace.textDocuments.map((d) => d.uri.toString());
    assert.ok(!open.includes(closed.toString()), 'the plan was not opened');
    const found = vscode.languages
      .getDiagnostics(closed)
      .map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.source]);
    assert.deepEqual(found, [['enumeration-style-mixed', 11, 19, 'workplan']]);
    assert.deepEqual(vscode.languages.getDiagnostics(excluded), []);
    assert.deepEqual(vscode.languages.getDiagnostics(notes), []);
  });
});
