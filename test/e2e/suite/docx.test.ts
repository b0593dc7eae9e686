/**
 * Word out and in, in a real VS Code: 导出为 Word（公文格式）/ Export to Word writes seed 002 as a
 * .docx; 另存为 .txt saves that .docx's text beside it; the read-only plan view of it has the
 * seed's outline; a damaged .docx gives one error message and no document.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, openAsWorkplan, seedUri, symbolsOf, workspaceFile } from './util';

const nonBlank = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l);

describe('Word in, Word out', () => {
  afterEach(closeAll);

  it('exports seed 002, saves the .docx as .txt beside it and opens it as a plan view', async () => {
    const seed = await openAsWorkplan(seedUri('002'));
    const target = workspaceFile('导出-002.docx');
    const written = (await vscode.commands.executeCommand('workplan.exportDocx', seed.uri, target)) as vscode.Uri | undefined;
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 3, 4]);

    const txt = (await vscode.commands.executeCommand('workplan.saveDocxAsText', target)) as vscode.Uri | undefined;
    assert.equal(txt?.path.split('/').pop(), '导出-002.txt');
    const text = Buffer.from(await vscode.workspace.fs.readFile(txt!)).toString('utf8');
    assert.deepEqual(nonBlank(text), nonBlank(seed.getText()));

    const view = (await vscode.commands.executeCommand('workplan.openDocxAsPlan', target)) as vscode.TextDocument | undefined;
    assert.ok(view, 'no plan view');
    assert.equal(view.uri.scheme, 'workplan-docx');
    assert.equal(view.languageId, 'workplan');
    const names = (await symbolsOf(view.uri)).map((s) => s.name);
    assert.deepEqual(
      names,
      (await symbolsOf(seed.uri)).map((s) => s.name),
    );
  });

  it('a damaged .docx opens no document', async () => {
    const bad = workspaceFile('损坏.docx');
    await vscode.workspace.fs.writeFile(bad, Buffer.from('PK\u0003\u0004 damaged'));
    const view = await vscode.commands.executeCommand('workplan.openDocxAsPlan', bad);
    assert.equal(view, undefined);
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'workplan-docx' && d.uri.path.endsWith('损坏.docx') && d.getText()),
    );
  });
});
