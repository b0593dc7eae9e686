/** model/wrap.ts: how a hard-wrapped copy was wrapped, by characters or by display columns. */
import { strict as assert } from 'assert';
import { parseDocument } from '../../server/src/core/model/parse';
import { wrapWidth, wrappedLine } from '../../server/src/core/model/wrap';

/** `text` cut every `columns` display columns (a Chinese character two, a digit one), as a fixed-width scrape cuts it. */
function cutByColumns(text: string, columns: number): string[] {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = /[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1;
    if (used + w > columns) {
      out.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line) out.push(line);
  return out;
}

const PARAGRAPH =
  '这五年，我们聚力扩容提质，综合实力实现新跨越。预计全县地区生产总值突破400亿元，年均增长6.2%；人均生产总值7.9万元，年均增长6.4%；固定资产投资250.3亿元，可比年均增长10.3%；社会消费品零售总额140亿元，年均增长8.1%；外贸出口2.5亿美元，年均增长6.1%；利用外资5184万美元，年均增长10%；城镇常住居民人均可支配收入35867元，年均增长7.7%，经济社会发展取得新成效。';

describe('wrap: hard-wrapped copies', () => {
  it('a copy cut every 76 columns is wrapped by columns: lines holding digits hold more characters', () => {
    const lines = cutByColumns(PARAGRAPH + PARAGRAPH, 76);
    const lengths = new Set(lines.slice(0, -1).map((l) => l.length));
    assert.ok(lengths.size > 2, `lines of several lengths in characters: ${[...lengths].join(', ')}`);
    const model = parseDocument(['某县政府工作报告', ...lines].join('\n'));
    const wrap = wrapWidth(model);
    assert.equal(wrap?.columns, true, JSON.stringify(wrap));
    // Every line but the last goes on into the next (the first is the title).
    const wrapped = lines.map((_, i) => wrappedLine(model, i + 1, wrap));
    assert.deepEqual(wrapped.slice(0, -1).filter((w) => !w).length, 0, JSON.stringify(wrapped));
    assert.equal(wrapped[wrapped.length - 1], false);
  });

  it('a copy cut every 38 characters is wrapped by characters; paragraphs one per line are not wrapped', () => {
    const lines = (PARAGRAPH + PARAGRAPH).match(/.{1,38}/gu) ?? [];
    assert.equal(wrapWidth(parseDocument(['某县政府工作报告', ...lines].join('\n')))?.columns, false);
    const paragraphs = ['某县政府工作报告', ...Array(8).fill(PARAGRAPH)].join('\n');
    assert.equal(wrapWidth(parseDocument(paragraphs)), undefined);
  });

  it('paragraph ends one and two characters short of the width do not move the width off it', () => {
    // Two paragraphs end at 37 characters, six at 36: 37's window (36–38) holds more lines than 38's
    // (37–39), but 37 is the length of two lines only; the width is 38, by characters (a line full of
    // digits and blanks, short in display columns, included).
    const para = `${PARAGRAPH.slice(0, 38 * 4)}${'一'.repeat(36)}`;
    const mixed = '（一）关于外贸工作 1、抓好抓实四个重点 （1）抓好进出口1亿美元以上和出口';
    assert.equal(mixed.length, 38);
    const lines = [mixed, ...Array.from({ length: 6 }, () => para.match(/.{1,38}/gu) ?? []).flat(), '二'.repeat(37), '三'.repeat(37)];
    const model = parseDocument(['某县政府工作报告', ...lines].join('\n'));
    assert.deepEqual(wrapWidth(model), { width: 38, columns: false });
    assert.equal(wrappedLine(model, 1, wrapWidth(model)), true);
  });
});
