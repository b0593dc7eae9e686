/**
 * A GBK plan in a real VS Code. Work Plan files are decoded right because the extension turns
 * files.autoGuessEncoding on for them; with guessing off (a workspace setting, for Work Plan files
 * too) VS Code reads the file as UTF-8, mostly U+FFFD, and client/src/encoding.ts says so once with
 * an action that reopens it in GB18030; after it the text is right and no paste finding is left.
 * Messages are counted by wrapping the window API the extension calls (one API object per
 * extension: these tests run inside the extension's own folder).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import * as iconv from 'iconv-lite';
import { closeAll, diagnosticsFor, eventually, extensionReady, seedUri, workspaceFile } from './util';

type Show = (message: string, ...items: unknown[]) => Thenable<unknown>;
const KINDS = ['showWarningMessage', 'showInformationMessage', 'showErrorMessage'] as const;

/** Records every message the extension shows; `answer` picks the item a user would click. */
function recordMessages(answer: (message: string, items: string[]) => string | undefined) {
  const shown: string[] = [];
  const window = vscode.window as unknown as Record<(typeof KINDS)[number], Show>;
  const originals = KINDS.map((k) => window[k]);
  for (const k of KINDS)
    window[k] = (message: string, ...items: unknown[]) => {
      shown.push(message);
      const labels = items.filter((i): i is string => typeof i === 'string');
      return Promise.resolve(answer(message, labels));
    };
  return {
    shown,
    restore: () => KINDS.forEach((k, i) => (window[k] = originals[i])),
  };
}

/** Sets files.autoGuessEncoding in the workspace, for all files and for Work Plan files. */
async function guessEncodings(value: boolean | undefined): Promise<void> {
  const target = vscode.ConfigurationTarget.Workspace;
  await vscode.workspace.getConfiguration('files').update('autoGuessEncoding', value, target);
  await vscode.workspace.getConfiguration('files', { languageId: 'workplan' }).update('autoGuessEncoding', value, target, true);
}

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

  describe('a GBK plan, files.autoGuessEncoding set in the workspace', () => {
    let messages: ReturnType<typeof recordMessages> | undefined;
    afterEach(async () => {
      messages?.restore();
      messages = undefined;
      await guessEncodings(undefined);
    });

    // A plain name (detection sees mojibake first) and a plan's name (Work Plan mode at once: the server's own notice is only logged).
    for (const name of ['gbk-unguessed.txt', 'gbk-2007年工作计划.txt'])
      it(`guessing off, ${name}: one message, whose action reopens it in GB18030; then the text is right and has no paste finding`, async () => {
        await extensionReady();
        await guessEncodings(false);
        const text = fs.readFileSync(seedUri('001').fsPath, 'utf8');
        const uri = workspaceFile(name);
        fs.writeFileSync(uri.fsPath, iconv.encode(text, 'gbk'));
        let offered: string[] = [];
        messages = recordMessages((_m, items) => {
          offered = items;
          return items[0];
        });
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        const reopened = await eventually(
          () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()),
          (d) => d?.getText() === text,
          'the document decoded right',
        );
        assert.equal(reopened?.encoding, 'gb18030');
        assert.deepEqual(offered, ['Reopen as GB18030']);
        // Detection looks again at the decoded text: a plan, served by the language server.
        const plan = await eventually(
          () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()),
          (d) => d?.languageId === 'workplan',
          'the reopened document in Work Plan mode',
        );
        const diagnostics = await diagnosticsFor(
          plan!.uri,
          (d) => d.some((x) => x.code === 'enumeration-style-mixed'),
          'the findings of the decoded plan',
        );
        assert.deepEqual(
          diagnostics.filter((d) => d.code === 'paste-artifact').map((d) => d.message),
          [],
        );
        assert.equal(messages.shown.length, 1, `messages: ${JSON.stringify(messages.shown)}`);
        assert.ok(messages.shown[0].includes(name), messages.shown[0]);
      });

    it('guessing on: it opens decoded, with no message', async () => {
      await extensionReady();
      await guessEncodings(true);
      const text = fs.readFileSync(seedUri('001').fsPath, 'utf8');
      const uri = workspaceFile('gbk-guessed.txt');
      fs.writeFileSync(uri.fsPath, iconv.encode(text, 'gbk'));
      messages = recordMessages(() => undefined);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.getText(), text, `decoded as ${doc.encoding}`);
      const plan = await eventually(
        () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()),
        (d) => d?.languageId === 'workplan',
        'the document in Work Plan mode',
      );
      await diagnosticsFor(plan!.uri, (d) => d.some((x) => x.code === 'enumeration-style-mixed'), 'the findings of the plan');
      assert.deepEqual(messages.shown, []);
    });
  });
});
