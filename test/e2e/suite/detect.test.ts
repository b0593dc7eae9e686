/**
 * Detection in a real VS Code: a text that is not a plan stays plain text, `workplan.detect.enabled`
 * turns detection off, and `workplan.setLanguageMode` switches by hand.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, detectionOf, extensionApi, seedUri, waitForEvent, writeWorkspaceFile } from './util';

describe('detection', () => {
  afterEach(closeAll);

  it('leaves a plain-text file that is not a plan alone', async () => {
    const api = await extensionApi();
    const startedBefore = api.isStarted();
    const uri = writeWorkspaceFile('notes-not-a-plan.txt', '购物清单\n1、苹果\n2、香蕉\n3、牛奶\n');
    const outcome = detectionOf(api, uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(await outcome, 'not-a-plan');
    assert.equal(doc.languageId, 'plaintext');
    // Activation stays cheap: a plain-text file that is not a plan does not start the language
    // client (checkable only when no earlier test has opened a plan in this window).
    if (!startedBefore) assert.equal(api.isStarted(), false);
  });

  it('does nothing when workplan.detect.enabled is false; the command switches by hand', async () => {
    const api = await extensionApi();
    const config = vscode.workspace.getConfiguration('workplan');
    await config.update('detect.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = writeWorkspaceFile('plan-detection-off.txt', fs.readFileSync(seedUri('002').fsPath, 'utf8'));
      const outcome = detectionOf(api, uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(await outcome, 'disabled');
      assert.equal(doc.languageId, 'plaintext');

      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workplan.setLanguageMode');
      const isWorkplan = () =>
        vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'workplan');
      await waitForEvent(vscode.workspace.onDidOpenTextDocument, isWorkplan, 'the manual switch to workplan');
    } finally {
      await config.update('detect.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
