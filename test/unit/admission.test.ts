/**
 * The one admission verdict (core/text/admission.ts) shared by the server, the CLI and the
 * workspace index: binary, too large, misdecoded; and the CLI's refusal of each.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { admission, MAX_DOCUMENT_CHARS, misdecoded } from '../../server/src/core/text/admission';
import { decodeBuffer } from '../../server/src/core/text/encoding';
import { analyze } from '../../server/src/core/services/analyze';

const ROOT = path.join(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds');
const seedText = (n: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n)) as string), 'utf8');
/** The seed as GBK bytes, the way many government sites serve it. */
const gbk = (text: string) => iconv.encode(text, 'gbk');

describe('admission', () => {
  it('admits every seed', () => {
    for (const f of fs.readdirSync(SEEDS)) assert.equal(admission(fs.readFileSync(path.join(SEEDS, f), 'utf8')), undefined, f);
  });

  it('refuses binary text, by its characters or by what decoding found', () => {
    assert.equal(admission('abc\u0000def'), 'binary');
    assert.equal(admission('plain text', { binary: true }), 'binary');
    assert.equal(admission('一、总体要求\n', { binary: false }), undefined);
  });

  it('refuses a text over MAX_DOCUMENT_CHARS, not one at it', () => {
    assert.equal(admission('。'.repeat(MAX_DOCUMENT_CHARS)), undefined);
    assert.equal(admission('。'.repeat(MAX_DOCUMENT_CHARS + 1)), 'tooLarge');
  });

  it('refuses a GBK file decoded as UTF-8, not a plan with a few lost characters', () => {
    const text = seedText('002');
    const wrong = new TextDecoder('utf-8').decode(gbk(text));
    assert.ok(misdecoded(wrong));
    assert.equal(admission(wrong), 'encoding');
    // A web page that lost some characters: the paste-artifact rule reports them.
    const lossy = text.slice(0, 2000).replace(/工作/g, '工\uFFFD');
    assert.ok((lossy.match(/\uFFFD/g) ?? []).length >= 5);
    assert.equal(admission(lossy), undefined);
    // The same bytes read the right way.
    const d = decodeBuffer(gbk(text));
    assert.equal(d.encoding, 'gb18030');
    assert.equal(admission(d.text, d), undefined);
  });

  it('refuses GBK read as Latin-1 (¹¤×÷¼Æ»®), not text with a few accented letters', () => {
    const text = seedText('002');
    const latin = new TextDecoder('latin1').decode(gbk(text));
    assert.ok(latin.includes('¹¤×÷'), latin.slice(0, 40));
    assert.equal(admission(latin), 'encoding');
    assert.equal(admission('Café, naïve, Zürich — ' + text), undefined);
    assert.equal(admission('Ça coûte très cher à Zürich, même en été. '.repeat(40)), undefined, 'accented words are mostly plain letters');
  });

  it('the paste rule finds no lost characters in a misdecoded text: the encoding notice says it all', () => {
    for (const wrong of [new TextDecoder('utf-8').decode(gbk(seedText('002'))), new TextDecoder('utf-8').decode(gbk(seedText('003')))]) {
      assert.ok(misdecoded(wrong));
      const paste = analyze(wrong).findings.filter((f) => f.rule === 'paste-artifact' && /^paste\.lost/.test(f.message.key));
      assert.deepEqual(paste, []);
    }
    // The same text with a few lost characters still has them reported.
    const lossy = seedText('002').slice(0, 2000).replace(/工作/g, '工\uFFFD');
    assert.ok(analyze(lossy).findings.some((f) => f.message.key === 'paste.lost'));
  });
});

describe('CLI admission', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-admission-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', WORKPLAN_LANG: 'en' },
    });

  it('refuses a text that was misdecoded before it was saved, and says nothing was checked', () => {
    const file = path.join(tmp, 'saved-wrong.txt');
    fs.writeFileSync(file, new TextDecoder('utf-8').decode(gbk(seedText('002'))), 'utf8');
    const r = run(['check', file]);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `${file}: much of it is replacement characters � (it was read in the wrong encoding before it was saved); nothing was checked\n`,
    );
  });

  it('refuses a binary file and says nothing was checked', () => {
    const file = path.join(tmp, 'bin.txt');
    fs.writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    const r = run(['check', file]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `${file}: not a text file (binary content); nothing was checked\n`);
  });
});
