/**
 * "修复断行与抓取文本 / Repair line breaks and scraped text" in a real VS Code, on the PDF text layer of corpus 135: the
 * command (without the review preview) joins the 20 wrapped lines and removes the page number;
 * the characters are the same but for line breaks and the page number.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, eventually, openAsWorkplan, writeWorkspaceFile } from './util';

const ROOT = path.join(__dirname, '../../../..');

describe('repair line breaks', () => {
  afterEach(closeAll);

  it('joins the hard-wrapped lines of a PDF copy and removes its page number', async () => {
    const dir = path.join(ROOT, 'test/corpus');
    const text = fs.readFileSync(
      path.join(
        dir,
        fs.readdirSync(dir).find((f) => f.startsWith('135') && f.endsWith('.txt'))!,
      ),
      'utf8',
    );
    const doc = await openAsWorkplan(writeWorkspaceFile('repair-pdf-copy.workplan', text));
    const lines = doc.lineCount;
    const count = await eventually(
      () => vscode.commands.executeCommand<number | undefined>('workplan.repairText', doc.uri, { review: false }),
      (n) => n !== undefined,
      'the repair command',
    );
    assert.equal(count, 21);
    // 20 joins and the page number line with the two breaks around it.
    assert.equal(doc.lineCount, lines - 22);
    const chars = (t: string) => t.replace(/^\s*-\s*\d+\s*-\s*$/m, '').replace(/\s+/g, '');
    assert.equal(chars(doc.getText()), chars(text));
    assert.ok(doc.getText().includes('过去五年,县政府坚定以习近平新时代中国特色社会主义思想为指导,深入贯彻'));
  });
});
