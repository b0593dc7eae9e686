/**
 * Pathological inputs: each is analysed without throwing, with the model's invariants, in linear
 * time — asserted by timing n and 4n in the same test (a quadratic step makes the ratio ~16), never
 * by a wall-clock limit. Also a binary buffer read as text and a GBK file read by the CLI.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { analyze } from '../../server/src/core/services/analyze';
import { looksBinary } from '../../server/src/core/text/detect';
import { decodeBuffer } from '../../server/src/core/text/encoding';
import { checkInvariants, realDocuments } from './realDocuments';

const ROOT = path.join(__dirname, '../../..');

/** Median milliseconds per analysis of `text`; each sample repeats the analysis for at least 20 ms. */
function timeAnalysis(text: string, samples = 5): number {
  let t0 = performance.now();
  analyze(text); // warm up, and size the repetitions
  const reps = Math.max(1, Math.ceil(20 / Math.max(performance.now() - t0, 0.01)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    t0 = performance.now();
    for (let r = 0; r < reps; r++) analyze(text);
    times.push((performance.now() - t0) / reps);
  }
  return times.sort((a, b) => a - b)[samples >> 1];
}

/** Asserts that analysing `make(4n)` takes less than 8× `make(n)` (linear: ~4×, quadratic: ~16×). */
function assertLinear(make: (n: number) => string, n: number): void {
  const small = make(n);
  const large = make(4 * n);
  const a = analyze(large);
  checkInvariants(a.model);
  for (const f of a.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= large.length);
  // Up to five tries: a GC pause or another process can inflate a single measurement (a
  // quadratic pass gives 16× every time, however quiet the machine).
  let ratio = Infinity;
  for (let attempt = 0; attempt < 5 && ratio >= 8; attempt++) ratio = Math.min(ratio, timeAnalysis(large) / timeAnalysis(small));
  assert.ok(ratio < 8, `4× the input took ${ratio.toFixed(1)}× the time`);
}

const seedText = () =>
  realDocuments()
    .map((d) => d.text)
    .join('\n');

describe('pathological inputs', function () {
  this.timeout(120_000);

  it('a 1 MB single line', () => {
    const flat = seedText().replace(/\r?\n/g, '');
    const line = (bytes: number) => {
      let s = '';
      while (Buffer.byteLength(s) < bytes) s += flat;
      return s.slice(0, Math.floor(s.length * (bytes / Buffer.byteLength(s))));
    };
    assert.equal(line(1 << 20).includes('\n'), false);
    assertLinear((n) => line(n), 256 * 1024);
  });

  it('a long run of blanks inside a line (the run-in regex was quadratic in it: 40,000 spaces took 7 s)', () => {
    assertLinear((n) => `一、总体要求。${' '.repeat(n)}1、加强。`, 10_000);
  });

  it('100,000 （ in a row', () => {
    assertLinear((n) => '（'.repeat(n), 100_000);
  });

  it('100,000 一是 in a row', () => {
    assertLinear((n) => '一是'.repeat(n), 100_000);
    const a = analyze('一是'.repeat(100_000));
    checkInvariants(a.model);
  });

  it('100,000 一是 二是 alternating, one series per pair', () => {
    assertLinear((n) => '一是甲；二是乙。'.repeat(n / 2), 25_000);
  });

  it('10,000 nested-looking markers', () => {
    const families = (i: number) => {
      const v = (i % 9) + 1;
      const cn = '一二三四五六七八九'[v - 1];
      return [`${cn}、`, `（${cn}）`, `${v}.`, `（${v}）`, String.fromCodePoint(0x2460 + v - 1), `${cn}是`][i % 6];
    };
    // One per line, each a level deeper than the last, and all on one line.
    assertLinear((n) => Array.from({ length: n }, (_, i) => `${families(i)}标题${i}`).join('\n'), 2_500);
    assertLinear((n) => Array.from({ length: n }, (_, i) => `${families(i)}标题。`).join(' '), 2_500);
  });

  it('a 10 MB document', () => {
    const text = seedText();
    const doc = (bytes: number) => text.repeat(Math.ceil(bytes / Buffer.byteLength(text))).slice(0, Math.floor(bytes / 3));
    assertLinear(doc, (10 << 20) / 4);
  });

  it('a binary buffer decoded as text', () => {
    // A deterministic pseudo-random buffer (xorshift), as if a .docx or image were opened as text.
    let x = 2463534242;
    const bytes = Buffer.alloc(256 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    const asUtf8 = bytes.toString('utf8');
    assert.ok(looksBinary(asUtf8));
    assert.equal(decodeBuffer(bytes).binary, true);
    for (const text of [asUtf8, bytes.toString('latin1'), iconv.decode(bytes, 'gb18030')]) {
      const a = analyze(text);
      checkInvariants(a.model);
    }
  });

  it('a GBK file read by the CLI gives the same outline as the UTF-8 file', () => {
    const cli = path.join(ROOT, 'dist/cli.js');
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js missing: run `npm run build` first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-gbk-'));
    const seed = fs.readFileSync(path.join(ROOT, 'seeds/000_86ad72312f1b257b.txt'), 'utf8');
    const utf8File = path.join(dir, 'utf8.txt');
    const gbkFile = path.join(dir, 'gbk.txt');
    fs.writeFileSync(utf8File, seed);
    const gbk = iconv.encode(seed, 'gb18030');
    fs.writeFileSync(gbkFile, gbk);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the GBK bytes are not valid UTF-8');
    const outline = (file: string) => {
      const r = spawnSync(process.execPath, [cli, 'outline', '--json', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout)[0].items;
    };
    const expected = outline(utf8File);
    assert.ok(expected.length > 20);
    assert.deepEqual(outline(gbkFile), expected);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
