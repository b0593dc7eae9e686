/** package.nls.json (English) and package.nls.zh-cn.json (Chinese) cover every %key% of package.json. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));

/** Every string of the manifest that VS Code replaces: the whole value is `%key%`. */
export function manifestKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    if (node.length > 1 && node.startsWith('%') && node.endsWith('%')) out.add(node.slice(1, -1));
  } else if (Array.isArray(node)) node.forEach((n) => manifestKeys(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => manifestKeys(n, out));
  return out;
}

describe('package.nls', () => {
  const manifest = readJson('package.json');
  const en: Record<string, string> = readJson('package.nls.json');
  const zh: Record<string, string> = readJson('package.nls.zh-cn.json');

  it('has every %key% of package.json in English and Chinese', () => {
    const keys = [...manifestKeys(manifest)];
    assert.ok(keys.length > 20, 'package.json uses %keys%');
    assert.deepEqual(
      keys.filter((k) => !(k in en)),
      [],
      'missing in package.nls.json',
    );
    assert.deepEqual(
      keys.filter((k) => !(k in zh)),
      [],
      'missing in package.nls.zh-cn.json',
    );
  });

  it('has the same keys in both files, none empty', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [file, table] of [
      ['en', en],
      ['zh-cn', zh],
    ] as const) {
      for (const [k, v] of Object.entries(table)) assert.ok(typeof v === 'string' && v.trim().length > 0, `${file}: ${k} is empty`);
    }
  });

  it('is really translated: Chinese text in zh-cn, English in en', () => {
    for (const k of Object.keys(en)) {
      if (k.endsWith('.media')) continue;
      assert.match(zh[k], /[\u4e00-\u9fff]/, `zh-cn ${k} has no Chinese: ${zh[k]}`);
      assert.match(en[k], /[A-Za-z]{3}/, `en ${k} has no English: ${en[k]}`);
    }
    assert.equal(zh['language.workplan'], '工作计划');
    assert.equal(en['language.workplan'], 'Work Plan');
  });

  it('finds a missing key (the check itself works)', () => {
    const keys = manifestKeys({ a: '%x.y%', b: ['%z%', 'not %a key%', '%'], c: { d: '%w%' } });
    assert.deepEqual([...keys].sort(), ['w', 'x.y', 'z']);
  });
});
