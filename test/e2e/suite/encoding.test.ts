/**
 * A GBK plan opened as UTF-8 in a real VS Code: one message with the action that reopens it in
 * GBK; the reopened document reads right and detection then switches it to Work Plan.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import * as iconv from 'iconv-lite';
import { closeAll, detectionOf, extensionApi, seedUri, waitForEvent, workspaceFile } from './util';

describe('encoding', () => {
  afterEach(closeAll);

  it('a GBK file read as UTF-8 gets one message; its action reopens it in GBK with the right text', async () => {
    const api = await extensionApi();
    const text = fs.readFileSync(seedUri('002').fsPath, 'utf8');
    // A plain .txt name: nothing but the content says it is a plan, so VS Code reads it as UTF-8.
    const uri = workspaceFile('gbk-encoded-plan.txt');
    fs.writeFileSync(uri.fsPath, iconv.encode(text, 'gbk'));
    const offers: string[] = [];
    const sub = api.onDidOfferReopen((u) => offers.push(u.toString()));
    try {
      const outcome = detectionOf(api, uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(await outcome, 'misdecoded');
      assert.ok(doc.getText().includes('\uFFFD'), 'VS Code decoded the file as UTF-8');
      assert.deepEqual(offers, [uri.toString()]);
      // Opening the same document again says nothing new.
      await vscode.window.showTextDocument(doc);
      assert.deepEqual(offers, [uri.toString()]);

      // The message's action.
      const switched = detectionOf(api, uri);
      const reopened = (await vscode.commands.executeCommand('workplan.reopenWithGbk', uri)) as vscode.TextDocument;
      assert.equal(reopened.encoding, 'gbk');
      assert.equal(reopened.getText(), text);
      assert.equal(await switched, 'switched');
      const isWorkplan = () =>
        vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'workplan');
      await waitForEvent(vscode.workspace.onDidOpenTextDocument, isWorkplan, 'the switch to workplan after reopening');
      assert.deepEqual(offers, [uri.toString()], 'one message for the document');
    } finally {
      sub.dispose();
    }
  });

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
