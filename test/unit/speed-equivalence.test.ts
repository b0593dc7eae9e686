/**
 * Faster paths that must give exactly what the paths they stand in for give (bench/differential.mjs
 * compares whole analyses against the commit before the speed work; these pin the parts that
 * analysis does not reach).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { plainUtf8 } from '../../server/src/io/files';
import { decodeBuffer } from '../../server/src/core/text/encoding';
import { RE_SERIES, seriesMatches } from '../../server/src/core/facts/counts';
import { codePointLength } from '../../server/src/core/text/chars';
import { realDocuments } from './realDocuments';

/** A seeded generator of strings made of `pieces`. */
function randomTexts(seed: number, pieces: readonly string[], count: number, maxPieces: number): string[] {
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let i = rand(maxPieces); i > 0; i--) s += pieces[rand(pieces.length)];
    out.push(s);
  }
  return out;
}

const matchesOf = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

const ROOT = path.join(__dirname, '../../..');

describe('speed equivalence', () => {
  it('plainUtf8 decodes every real document as decodeBuffer does', () => {
    const files = [
      ...realDocuments().map((d) => Buffer.from(d.text, 'utf8')),
      ...fs
        .readdirSync(path.join(ROOT, 'test/corpus'))
        .filter((f) => /\.(txt|html)$/.test(f))
        .map((f) => fs.readFileSync(path.join(ROOT, 'test/corpus', f))),
    ];
    assert.ok(files.length > 50);
    for (const bytes of files) {
      const fast = plainUtf8(bytes);
      const slow = decodeBuffer(bytes);
      if (fast) assert.deepEqual(fast, slow);
      else assert.notEqual(slow.encoding, 'utf8', 'plain UTF-8 takes the fast path');
    }
  });

  it('plainUtf8 leaves BOMs, NULs, other encodings and broken UTF-8 to decodeBuffer', () => {
    const text = '一、总体要求\n（一）加快𠀀建设 abc 123\r\n';
    const utf8 = Buffer.from(text, 'utf8');
    assert.deepEqual(plainUtf8(utf8), { text, encoding: 'utf8', binary: false });
    assert.equal(plainUtf8(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])), undefined);
    assert.equal(plainUtf8(Buffer.concat([utf8, Buffer.from([0])])), undefined);
    assert.equal(plainUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), undefined);
    assert.equal(plainUtf8(Buffer.from([0xd2, 0xbb, 0xa1, 0xa2])), undefined, 'GBK 一、');
    assert.equal(plainUtf8(Buffer.from([0xed, 0xa0, 0x80])), undefined, 'an encoded surrogate');
    assert.equal(
      plainUtf8(utf8.subarray(0, Buffer.byteLength(text.slice(0, text.indexOf('𠀀'))) + 2)),
      undefined,
      'cut inside a character',
    );
    assert.deepEqual(plainUtf8(Buffer.alloc(0)), decodeBuffer(Buffer.alloc(0)));
  });

  it('plainUtf8 agrees with decodeBuffer on random byte strings', () => {
    let seed = 12345;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const pieces = ['一', '𠀀', 'a', '\n', '\r', '、', '\u00e9', '\ufffd', '\u3000'];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = rand(40); i > 0; i--) s += pieces[rand(pieces.length)];
      const bytes = Buffer.from(s, 'utf8');
      if (rand(4) === 0 && bytes.length) bytes[rand(bytes.length)] = rand(256);
      const fast = plainUtf8(bytes);
      if (fast) assert.deepEqual(fast, decodeBuffer(bytes));
    }
  });

  it('seriesMatches finds what matchAll(RE_SERIES) finds', () => {
    const texts = [
      ...realDocuments().map((d) => d.text),
      ...randomTexts(
        7,
        [
          '三',
          '十二',
          '两',
          '12',
          '1',
          '个',
          '项',
          '大',
          '方面',
          '重点',
          '工作',
          '”',
          '“',
          '：',
          ':',
          ' ',
          '\u3000',
          '\n',
          '一是',
          '一要',
          '第一，',
          '第一,',
          '其一，',
          '二是',
          '第',
          '至少',
          '。',
          '三个方面：',
          '：一是',
        ],
        20000,
        30,
      ),
    ];
    for (const t of texts) {
      const fast = matchesOf(seriesMatches(t));
      RE_SERIES.lastIndex = 0;
      assert.deepEqual(fast, matchesOf(t.matchAll(RE_SERIES)), t);
    }
  });

  it('codePointLength counts as Array.from does', () => {
    const texts = randomTexts(3, ['一', 'a', '\ud840', '\udc00', '𠀀', '\udbff\udfff', ''], 20000, 10);
    for (const t of texts) assert.equal(codePointLength(t), Array.from(t).length, JSON.stringify(t));
  });
});
