/**
 * A GBK plan in a real VS Code: Work Plan files are decoded right because the extension turns
 * files.autoGuessEncoding on for them (a plain .txt read as UTF-8 gets the reopen prompt of
 * client/src/encoding.ts).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import * as iconv from 'iconv-lite';
import { closeAll, seedUri, workspaceFile } from './util';

describe('encoding', () => {
  afterEach(closeAll);

  it('a GBK .workplan file opens decoded right: Work Plan files have files.autoGuessEncoding on', async () => {
    const text = fs.readFileSync(seedUri('002').fsPath, 'utf8');
    const uri = workspaceFile('gbk-guessed.workplan');
    fs.writeFileSync(uri.fsPath, iconv.encode(text, 'gbk'));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'workplan');
    assert.equal(vscode.workspace.getConfiguration('files', { uri, languageId: 'workplan' }).get('autoGuessEncoding'), true);
    assert.equal(doc.getText(), text, `decoded as ${doc.encoding}`);
  });
});
