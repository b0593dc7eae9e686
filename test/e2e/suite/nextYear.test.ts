/**
 * Next year's draft and the target comparison, in a real VS Code: the draft opens as an untitled
 * Work Plan document whose placeholders and 待核 marks come back as diagnostics; the comparison of
 * seed 002 with an edited copy opens a webview panel with the changed, dropped and added rows.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, diagnosticsFor, openAsWorkplan, seedUri, waitForEvent, workspaceFile } from './util';

interface CompareView {
  panel: vscode.WebviewPanel;
  rows: Array<{
    metric: string;
    status: string;
    old: { text: string; line: number } | null;
    new: { text: string; line: number } | null;
    changeText: string;
  }>;
  oldUri: vscode.Uri;
  newUri: vscode.Uri;
}

/** Seed 002 as next year's plan might be written: 2008, 8.7 → 9.5亿美元, 外经项目 dropped, 境外投资企业 added. */
async function editedCopyOf002(): Promise<vscode.Uri> {
  const text = Buffer.from(await vscode.workspace.fs.readFile(seedUri('002'))).toString('utf8');
  const edited = text
    .replace('2007年工作要点', '2008年工作要点')
    .replace('实现8.7亿美元', '实现9.5亿美元')
    .replace('争取2个以上外经项目得以实现，', '')
    .replace('推进“走出去”战略有效实施。\n三、', '新批境外投资企业10家，推进“走出去”战略有效实施。\n三、');
  assert.notEqual(edited, text);
  const uri = workspaceFile('呼和浩特市商务局2008年工作要点.txt');
  await vscode.workspace.fs.writeFile(uri, Buffer.from(edited, 'utf8'));
  return uri;
}

describe('next year and compare', () => {
  afterEach(closeAll);

  it('drafts next year’s plan of seed 002 into an untitled Work Plan document', async () => {
    await openAsWorkplan(seedUri('002'));
    const draft = (await vscode.commands.executeCommand('workplan.draftNextYear')) as vscode.TextDocument | undefined;
    assert.ok(draft, 'the command returned no document');
    assert.equal(draft.uri.scheme, 'untitled');
    // Named after its source, beside it, with the source's extension (Save proposes …-2008.txt, not .workplan).
    assert.equal(draft.uri.path, seedUri('002').path.replace(/\.txt$/, '-2008.txt'));
    assert.equal(draft.languageId, 'workplan');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), draft.uri.toString());
    assert.equal(draft.lineAt(0).text, '呼和浩特市商务局2008年工作要点');
    assert.ok(draft.lineAt(5).text.startsWith('（一）全年全市外贸进出口总额实现【8.7】亿美元，增长【16】%'), draft.lineAt(5).text);
    const diags = await diagnosticsFor(
      draft.uri,
      (d) => d.some((x) => x.code === 'target-placeholder') && d.some((x) => x.code === 'review-needed'),
      'placeholder and review diagnostics on the draft',
    );
    const placeholders = diags.filter((x) => x.code === 'target-placeholder');
    assert.equal(placeholders.length, 11);
    assert.equal(draft.getText(placeholders[0].range), '【8.7】');
    assert.equal(placeholders[0].severity, vscode.DiagnosticSeverity.Warning);
    const reviews = diags.filter((x) => x.code === 'review-needed');
    assert.ok(
      reviews.some((x) => draft.getText(x.range) === '【待核：第七届】'),
      reviews.map((x) => draft.getText(x.range)).join(' '),
    );
  });

  it('fills in the draft: Tab selects the next placeholder whole, typing replaces it, brackets and all', async () => {
    await openAsWorkplan(seedUri('002'));
    const draft = (await vscode.commands.executeCommand('workplan.draftNextYear')) as vscode.TextDocument;
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    assert.equal(editor.document, draft);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('workplan.nextPlaceholder'), true);
    assert.equal(draft.getText(editor.selection), '【8.7】');
    await vscode.commands.executeCommand('type', { text: '9.5' });
    assert.ok(draft.lineAt(5).text.startsWith('（一）全年全市外贸进出口总额实现9.5亿美元，增长【16】%'), draft.lineAt(5).text);
    await vscode.commands.executeCommand('workplan.nextPlaceholder');
    assert.equal(draft.getText(editor.selection), '【16】');
    await vscode.commands.executeCommand('workplan.previousPlaceholder');
    await vscode.commands.executeCommand('workplan.previousPlaceholder');
    // Wraps around to the last placeholder of the document.
    assert.ok(draft.offsetAt(editor.selection.start) > draft.offsetAt(new vscode.Position(5, 40)), String(editor.selection.start.line));
    // The Work Plan editor treats Chinese punctuation and 【】 as word separators (double-click selects the value).
    const separators = vscode.workspace.getConfiguration('editor', { languageId: 'workplan' }).get<string>('wordSeparators') ?? '';
    for (const c of '【】，。、；：（）“”') assert.ok(separators.includes(c), c);
    assert.ok(!separators.includes('.'), 'a decimal point stays inside the word');
  });

  it('compares a draft not yet filled in: its values are to fill in, not unchanged', async () => {
    await openAsWorkplan(seedUri('002'));
    const draft = (await vscode.commands.executeCommand('workplan.draftNextYear')) as vscode.TextDocument;
    const view = (await vscode.commands.executeCommand('workplan.compareTargets', seedUri('002'), draft.uri)) as CompareView;
    assert.ok(view.rows.length >= 11);
    assert.deepEqual(
      view.rows.filter((r) => r.status !== 'toFill').map((r) => r.metric),
      [],
    );
    assert.ok(
      view.rows.every((r) => r.changeText === 'to fill in' || r.changeText === '待填写'),
      view.rows.map((r) => r.changeText).join(' '),
    );
    view.panel.dispose();
  });

  it('compares seed 002 with an edited copy in a webview panel (URI arguments skip the picker)', async () => {
    const edited = await editedCopyOf002();
    const view = (await vscode.commands.executeCommand('workplan.compareTargets', seedUri('002'), edited)) as CompareView | undefined;
    assert.ok(view, 'the command returned no view');
    assert.equal(view.panel.viewType, 'workplan.compare');
    assert.ok(view.panel.visible);
    assert.equal(view.oldUri.toString(), seedUri('002').toString());
    assert.equal(view.newUri.toString(), edited.toString());
    // The tab model follows the panel asynchronously.
    const webviewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputWebview && t.label === view.panel.title);
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, webviewTab, 'the comparison tab');
    const changed = view.rows.find((r) => r.old?.text === '8.7亿美元');
    assert.equal(changed?.new?.text, '9.5亿美元');
    assert.match(changed?.changeText ?? '', /^\+0\.8亿美元/);
    assert.deepEqual(
      view.rows.filter((r) => r.status === 'onlyOld').map((r) => r.old?.text),
      ['2个以上'],
    );
    assert.deepEqual(
      view.rows.filter((r) => r.status === 'onlyNew').map((r) => r.new?.text),
      ['10家'],
    );
    view.panel.dispose();
  });

  it('puts the earlier plan on the old side whichever file is active', async () => {
    const edited = await editedCopyOf002();
    const view = (await vscode.commands.executeCommand('workplan.compareTargets', edited, seedUri('002'))) as CompareView;
    assert.equal(view.oldUri.toString(), seedUri('002').toString());
    assert.equal(view.rows.find((r) => r.old?.text === '8.7亿美元')?.new?.text, '9.5亿美元');
    view.panel.dispose();
  });
});
