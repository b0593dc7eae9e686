/**
 * Markdown plans and the sample, in a real VS Code: a `.md` plan keeps the Markdown language (its
 * preview and highlighting) and still gets the plan's outline and diagnostics; "Open a sample
 * plan" opens a copy beside the walkthrough, never the installed file.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, detectionOf, diagnosticsFor, extensionApi, seedUri, symbolsOf, waitForEvent, writeWorkspaceFile } from './util';

const MARKDOWN_PLAN = [
  '# 某市商务局2025年工作要点',
  '',
  '为做好全年商务工作，制定本要点。',
  '',
  '## 一、稳住外贸基本盘',
  '',
  '**（一）培育外贸主体。** 新增外贸企业50家。',
  '',
  '## 二、扩大消费',
  '',
  '## 四、优化营商环境',
  '',
].join('\n');

describe('markdown plans and the sample', () => {
  afterEach(closeAll);

  it('a Markdown plan stays Markdown and gets the outline and diagnostics of a plan', async () => {
    const api = await extensionApi();
    const uri = writeWorkspaceFile('md-plan-2025.md', MARKDOWN_PLAN);
    const outcome = detectionOf(api, uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(await outcome, 'markdown-plan');
    assert.equal(doc.languageId, 'markdown');
    const diags = await diagnosticsFor(uri, (d) => d.some((x) => x.code === 'numbering-gap'), 'numbering-gap on the Markdown plan');
    assert.equal(diags.find((x) => x.code === 'numbering-gap')?.range.start.line, 10);
    const names = (await symbolsOf(uri)).flatMap(function walk(s): string[] {
      return [s.name, ...s.children.flatMap(walk)];
    });
    assert.ok(
      names.some((n) => n.startsWith('一、稳住外贸基本盘')),
      names.join(' | '),
    );
    // The Markdown preview still opens for it.
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    const previewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputWebview && /md-plan-2025/.test(t.label));
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, previewTab, 'the Markdown preview tab');
  });

  it('a Markdown file that is not a plan is left alone (no diagnostics from the server)', async () => {
    const api = await extensionApi();
    const uri = writeWorkspaceFile('notes.md', '# Notes\n\n1. apples\n3. pears\n');
    const outcome = detectionOf(api, uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(await outcome, 'not-a-plan');
    assert.deepEqual(
      vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'workplan'),
      [],
    );
  });

  it('Open a sample plan opens an untitled copy beside, in Work Plan mode', async () => {
    const doc = (await vscode.commands.executeCommand('workplan.openSample')) as vscode.TextDocument;
    assert.ok(doc.isUntitled);
    assert.equal(doc.languageId, 'workplan');
    assert.equal(doc.getText(), fs.readFileSync(seedUri('002').fsPath, 'utf8'));
    assert.equal(vscode.window.activeTextEditor?.document, doc);
  });
});
