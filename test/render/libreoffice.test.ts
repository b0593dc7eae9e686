/**
 * The export as LibreOffice (Debian's libreoffice-writer-nogui, headless) lays it out: the PDF's
 * pages are A4, pdftotext gives the headings in order, and page 1 is rendered to
 * test-output/docx-page1.png for a person to look at. Skipped only where soffice is missing on a
 * developer's machine; CI (.ci/run installs it) fails instead of skipping.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SEED = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('002')) as string);

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('LibreOffice renders the Word export', function () {
  this.timeout(180_000);
  let tmp: string;
  let pdf: string;

  before(function () {
    const missing = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'].filter((c) => !has(c));
    if (missing.length) {
      if (process.env.CI) throw new Error(`CI must install ${missing.join(', ')} (.ci/run: libreoffice-writer-nogui, poppler-utils)`);
      console.warn(`  skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils)`);
      this.skip();
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-lo-'));
    const docx = path.join(tmp, 'plan.docx');
    const r = spawnSync(process.execPath, [CLI, 'export', '--docx', docx, SEED], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    // A profile of its own: a developer's running LibreOffice would otherwise take the request.
    const profile = `file://${path.join(tmp, 'profile')}`;
    const lo = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], {
      encoding: 'utf8',
      timeout: 150_000,
    });
    pdf = path.join(tmp, 'plan.pdf');
    assert.ok(fs.existsSync(pdf), `soffice made no PDF: ${lo.stdout} ${lo.stderr}`);
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('every page is A4 (595 × 842 pt)', () => {
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    assert.ok(Number(/Pages:\s+(\d+)/.exec(info)?.[1]) >= 2);
  });

  it('pdftotext gives the title and the headings in order', () => {
    // Characters on the grid come out with spaces between them: compare without blanks.
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    const wanted = [
      '呼和浩特市商务局2007年工作要点',
      '一、总体思路',
      '二、工作目标',
      '（一）全年全市外贸进出口总额',
      '三、主要工作措施',
      '（一）转变贸易增长方式',
      '（二）深入实施',
    ];
    let at = -1;
    for (const w of wanted) {
      const next = text.indexOf(w, at + 1);
      assert.ok(next > at, `${w} after position ${at}`);
      at = next;
    }
    // Page numbers in the footer: — 1 — on page 1.
    const page1 = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout;
    assert.match(page1, /—\s*1\s*—/);
  });

  it('renders page 1 into test-output/docx-page1.png', () => {
    const out = path.join(ROOT, 'test-output');
    fs.mkdirSync(out, { recursive: true });
    const r = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(out, 'docx-page1')], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const png = fs.readFileSync(path.join(out, 'docx-page1.png'));
    // 60 dpi A4 (210 × 297 mm, rounded up): 497 × 702 pixels (IHDR width and height).
    assert.equal(png.readUInt32BE(16), 497);
    assert.equal(png.readUInt32BE(20), 702);
  });
});
