/**
 * Crash recovery in a real VS Code: kill the language server process; the client restarts it and
 * diagnostics come back (proved by an edit whose new finding only a live server can report).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, diagnosticsFor, eventually, extensionApi, openAsWorkplan, writeWorkspaceFile } from './util';

interface Client {
  sendRequest<R>(method: string, params?: unknown): Promise<R>;
}

describe('reliability', () => {
  afterEach(closeAll);

  it('restarts the server after it is killed, and diagnostics return', async () => {
    const uri = writeWorkspaceFile('crash-2025工作计划.txt', '某局2025年工作计划\n一、总体要求\n二、主要目标\n三、保障措施\n');
    const doc = await openAsWorkplan(uri);
    const client = (await (await extensionApi()).ready()) as Client;
    const { pid } = await client.sendRequest<{ pid: number }>('workplan/processId', {});
    assert.ok(pid > 0 && pid !== process.pid);
    process.kill(pid, 'SIGKILL');
    // A new server process answers (the client restarts it after the crash).
    const next = await eventually(
      () =>
        client.sendRequest<{ pid: number }>('workplan/processId', {}).then(
          (r) => r.pid,
          () => 0,
        ),
      (p) => p > 0 && p !== pid,
      'a restarted server',
    );
    assert.notEqual(next, pid);
    // Break the numbering: only the new server can report it.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(3, 0, 3, 2), '五、');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diags = await diagnosticsFor(
      doc.uri,
      (d) => d.some((x) => x.code === 'numbering-gap'),
      'numbering-gap from the restarted server',
    );
    assert.equal(diags.find((x) => x.code === 'numbering-gap')?.range.start.line, 3);
  });

  it('restarting the server logs no error for its clean exit', async () => {
    const uri = writeWorkspaceFile('restart-2025工作计划.txt', '某局2025年工作计划\n一、总体要求\n二、主要目标\n四、保障措施\n');
    const doc = await openAsWorkplan(uri);
    const api = await extensionApi();
    await diagnosticsFor(doc.uri, (d) => d.some((x) => x.code === 'numbering-gap'), 'diagnostics before the restart');
    const before = api.loggedLines().length;
    assert.equal(await vscode.commands.executeCommand('workplan.restartServer'), true);
    const client = (await api.ready()) as Client;
    await eventually(
      () =>
        client.sendRequest<{ pid: number }>('workplan/processId', {}).then(
          (r) => r.pid,
          () => 0,
        ),
      (p) => p > 0,
      'the restarted server',
    );
    const lines = api.loggedLines().slice(before);
    assert.ok(
      lines.some((l) => /exited with code 0/.test(l)),
      lines.join('\n'),
    );
    assert.deepEqual(
      lines.filter((l) => /\[Error/.test(l)),
      [],
    );
  });
});
