/**
 * markupMask: the spans the consistency checks leave alone (tags, entities, addresses, code spans,
 * Markdown link targets), each pattern matched where it starts, as a global search would.
 */
import { strict as assert } from 'assert';
import { markupMask } from '../../server/src/core/facts/masks';

/** The masked runs of `text`, in order. */
function masked(text: string): string[] {
  const mask = markupMask(text);
  const runs: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!mask[i]) continue;
    let j = i;
    while (j < text.length && mask[j]) j++;
    runs.push(text.slice(i, j));
    i = j;
  }
  return runs;
}

describe('markupMask', () => {
  it('masks tags and entities, not a lone ampersand or a one-letter name', () => {
    assert.deepEqual(masked('见<a href="x">链接</a>。'), ['<a href="x">', '</a>']);
    assert.deepEqual(masked('甲&amp;乙&#12;丙&x;丁 & 戊'), ['&amp;', '&#12;']);
  });

  it('masks an address from its scheme, whatever stands before it; :// without a scheme is prose', () => {
    assert.deepEqual(masked('网址xhttps://a.cn/b，和ftp://f.cn。'), ['https://a.cn/b', 'ftp://f.cn']);
    assert.deepEqual(masked('比例a://b不是地址'), []);
    assert.deepEqual(masked('<a href=http://x.cn>链接'), ['<a href=http://x.cn>']);
  });

  it('masks www. from its first w, code spans, link targets and e-mail addresses', () => {
    assert.deepEqual(masked('wwww.gov.cn 与 `code` 与 [文](u) 与 a.b@c.cn'), ['www.gov.cn', '`code`', '](u)', 'a.b@c.cn']);
    assert.deepEqual(masked('甲@乙 与 @c.cn'), []);
  });
});
