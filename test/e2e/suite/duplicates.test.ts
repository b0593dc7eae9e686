/**
 * Duplicates and paste hygiene in a real VS Code: seed 004 (the document pasted twice) shows one
 * duplicate-passage diagnostic whose quick fix, applied through the editor, leaves exactly the
 * first copy; "清理粘贴内容 / Clean up pasted text" removes seed 003's pinyin and web chrome.
 * Both documents are reverted and closed without saving.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, diagnosticsFor, eventually, openAsWorkplan, seedUri, waitForEvent } from './util';

describe('duplicates and paste hygiene', () => {
  afterEach(closeAll);

  it('seed 004: one duplicate-passage diagnostic; its quick fix leaves the first half of the document', async () => {
    const doc = await openAsWorkplan(seedUri('004'));
    const original = doc.getText();
    // The quick fix (the command's result does not carry its diagnostics): one edit ending at the end of the text.
    const deletesCopy = (x: vscode.CodeAction) => {
      const edits = x.edit?.get(doc.uri) ?? [];
      return (
        edits.length === 1 && edits[0].newText === '' && edits[0].range.end.line === doc.lineCount - 1 && edits[0].range.start.line === 46
      );
    };
    const diags = await diagnosticsFor(doc.uri, (d) => d.some((x) => x.code === 'duplicate-passage'), 'the duplicate-passage diagnostic');
    const passages = diags.filter((x) => x.code === 'duplicate-passage');
    assert.equal(passages.length, 1);
    const [passage] = passages;
    assert.deepEqual([passage.range.start.line, passage.range.start.character, passage.range.end.line], [47, 0, 94]);
    assert.equal(doc.lineAt(47).text, '2006年山东省外经贸工作要点');
    assert.ok(passage.tags?.includes(vscode.DiagnosticTag.Unnecessary));
    assert.equal(passage.relatedInformation?.[0].location.range.start.line, 0);

    const actions = await eventually(
      async () =>
        ((await vscode.commands.executeCommand(
          'vscode.executeCodeActionProvider',
          doc.uri,
          passage.range,
          vscode.CodeActionKind.QuickFix.value,
        )) as vscode.CodeAction[] | undefined) ?? [],
      (a) => a.some(deletesCopy),
      'the delete-the-copy quick fix',
    );
    const fix = actions.find(deletesCopy)!;
    assert.ok(fix.isPreferred);
    const changed = waitForEvent(vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== original, 'the edit of the quick fix');
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    await changed;
    // The first copy ends with its （首发子站：…） line; like the file, it ends without a line break.
    const secondCopy = original.indexOf('\n2006年山东省外经贸工作要点', 1);
    assert.ok(secondCopy > 0);
    assert.equal(doc.getText(), original.slice(0, secondCopy));
    assert.ok(doc.getText().endsWith('（首发子站：山东济宁商务之窗）'));
    await diagnosticsFor(doc.uri, (d) => !d.some((x) => x.code === 'duplicate-passage'), 'no duplicate-passage after the fix');
    assert.equal(doc.isDirty, true, 'changed in the editor only, not saved');
  });

  it('seed 003: “Clean up pasted text” removes the pinyin, the web chrome and the ? lines in one edit', async () => {
    const doc = await openAsWorkplan(seedUri('003'));
    const original = doc.getText();
    await diagnosticsFor(doc.uri, (d) => d.filter((x) => x.code === 'paste-artifact').length === 53, 'the 53 paste-artifact diagnostics');
    const changed = waitForEvent(vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== original, 'the clean-up edit');
    const count = await vscode.commands.executeCommand<number>('workplan.cleanPaste');
    await changed;
    assert.equal(count, 45);
    const text = doc.getText();
    assert.ok(!/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/.test(text), 'no pinyin left');
    assert.ok(text.startsWith('\n按照全省商務工作會議安排'), text.slice(0, 20));
    assert.ok(text.includes('作為作為'), 'repeated words are another rule: left for its own fix');
    await diagnosticsFor(
      doc.uri,
      (d) => d.filter((x) => x.code === 'paste-artifact').length === 8,
      'only the 8 lost characters (no fix) left',
    );
  });
});
