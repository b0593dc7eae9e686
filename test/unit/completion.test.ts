/** Completion at cursor positions marked `⎀` in inline documents. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  complete,
  guessPlaces,
  placesAt,
  snippetsFromJson,
  type CompleteOptions,
  type SnippetDef,
} from '../../server/src/core/services/completion';
import { applyEdits } from '../../server/src/core/services/fixes';
import { parseDocument } from '../../server/src/core/model/parse';
import { realDocuments } from './realDocuments';

const CURSOR = '⎀';

/** Completion at the ⎀ in `marked`. */
function at(marked: string, options: CompleteOptions = {}) {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, 'test input needs a cursor');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const items = complete(parseDocument(text), offset, options);
  return { text, offset, items, labels: items.map((i) => i.label) };
}

/** The result of accepting the first item. */
function accept(marked: string, options: CompleteOptions = {}): string {
  const { text, items } = at(marked, options);
  assert.ok(items.length > 0, 'no items');
  return applyEdits(text, [{ start: items[0].start, end: items[0].end, newText: items[0].insertText }]);
}

const SNIPPETS: SnippetDef[] = snippetsFromJson({
  'Work plan template': {
    prefix: ['gzjh', '工作计划模板'],
    body: ['${1:××}工作计划', '一、总体要求', '${2}', '二、工作目标', '${3}', '三、重点任务', '${4}', '四、保障措施', '${5}'],
    description: '工作计划全文模板',
  },
  'Strengthen leadership': {
    prefix: ['jqzzld', '加强组织领导'],
    body: '（${1:一}）加强组织领导。${2}',
    description: '保障措施：加强组织领导',
  },
  Funding: { prefix: ['qhzjbz', '强化资金保障'], body: '（${1:二}）强化资金保障。${2}', description: '保障措施：强化资金保障' },
  Goals: { prefix: ['gzmb', '工作目标'], body: '到${1:2025}年，${2:指标}达到${3:数值}${4:单位}。', description: '工作目标' },
  Contact: { prefix: ['lxr', '联系人'], body: '（联系人：${1:×××}，联系电话：${2}）', description: '联系人' },
  Series: { prefix: ['yishi', '一是'], body: '一是${1}；二是${2}；三是${3}。', description: '一是…二是…三是…' },
});

const PLAN = `某市商务局2025年工作要点
为做好全年工作，制定本要点。
一、总体要求
坚持稳中求进。
二、工作目标
全年外贸进出口增长5%。
三、重点任务
（一）稳外贸
1.抓好重点企业。
2.开拓新兴市场。
（二）促消费
`;

describe('completion: next marker', () => {
  it('offers （三） first on an empty line after （二）…, then one level deeper and one shallower', () => {
    const { labels, items } = at(PLAN + CURSOR);
    assert.deepEqual(labels.slice(0, 3), ['（三）', '1.', '四、']);
    assert.equal(items[0].preselect, true);
    assert.ok(items.slice(1).every((i) => !i.preselect));
  });

  it('follows the previous sibling at a deeper level and offers every level up', () => {
    const { labels } = at(PLAN.replace('（二）促消费\n', '') + CURSOR);
    assert.deepEqual(labels.slice(0, 4), ['3.', '（1）', '（二）', '四、']);
  });

  it('writes the deeper level in the document’s dominant style (1、 when the document uses it)', () => {
    const doc = '一、总体要求\n（一）外贸\n1、抓企业\n2、抓市场\n（二）内贸\n' + CURSOR;
    assert.deepEqual(at(doc).labels.slice(0, 3), ['（三）', '1、', '二、']);
    // the gbt profile writes 1. for a level not yet used
    const fresh = '一、总体要求\n（一）外贸\n（二）内贸\n' + CURSOR;
    assert.deepEqual(at(fresh, { profile: 'gbt' }).labels.slice(0, 3), ['（三）', '1.', '二、']);
  });

  it('keeps the variant of the previous sibling (half-width brackets, 1．)', () => {
    assert.deepEqual(at('二、工作任务\n(一)确定对象\n(二)强化建设\n' + CURSOR).labels.slice(0, 1), ['(三)']);
    assert.equal(at('一、目标\n1、外贸\n2、内贸\n' + CURSOR).labels[0], '3、');
  });

  it('replaces a partial marker typed at the line start', () => {
    const { items, labels } = at(PLAN + '（' + CURSOR);
    assert.deepEqual(labels.slice(0, 2), ['（三）']);
    assert.equal(accept(PLAN + '（' + CURSOR), PLAN + '（三）');
    assert.equal(items[0].end - items[0].start, 1);
    // `（三` typed: only markers it can grow into, the first one replacing both characters
    assert.equal(accept(PLAN + '（三' + CURSOR), PLAN + '（三）');
    assert.deepEqual(at(PLAN + '四' + CURSOR).labels.slice(0, 1), ['四、']);
    assert.deepEqual(at(PLAN + '1' + CURSOR).labels.slice(0, 1), ['1.']);
  });

  it('keeps indentation and a Markdown prefix in front of the marker', () => {
    const md = '# 工作要点\n\n## 一、总体要求\n\n### （一）外贸\n\n### ' + CURSOR;
    const { labels, items } = at(md);
    assert.equal(labels[0], '（二）');
    assert.equal(accept(md), md.replace(CURSOR, '（二）'));
    assert.equal(items[0].start, md.indexOf(CURSOR));
  });

  it('follows run-in headings on one line (seed 000 line 3)', () => {
    const doc = '（一）关于外贸工作 1、抓好抓实四个重点 （1）抓好重点州市。\n' + CURSOR;
    assert.deepEqual(at(doc).labels.slice(0, 4), ['（2）', '①', '2、', '（二）']);
  });

  it('continues a count that runs straight through sections (seed 004)', () => {
    const doc = '一、外资\n1、甲。\n2、乙。\n二、外贸\n3、丙。\n4、丁。\n三、外经\n' + CURSOR;
    assert.deepEqual(at(doc).labels.slice(0, 2), ['四、', '5、']);
  });

  it('offers the first top-level marker before any heading', () => {
    assert.equal(at('某市2025年工作要点\n为做好工作，制定本要点。\n' + CURSOR).labels[0], '一、');
  });

  it('offers no marker in the middle of a sentence', () => {
    assert.deepEqual(
      at(PLAN + '加强' + CURSOR + '领导').items.filter((i) => i.kind === 'marker'),
      [],
    );
  });
});

describe('completion: run-in series', () => {
  it('offers 二是 after 一是…；', () => {
    const doc = PLAN + '促进消费升级。一是发展夜间经济；' + CURSOR;
    assert.deepEqual(at(doc).labels, ['二是']);
    assert.equal(accept(doc), doc.replace(CURSOR, '二是'));
  });

  it('offers 三要 after 二要, 第二， after 第一，, 其二， after 其一，', () => {
    assert.equal(at(PLAN + '一要抓项目；二要抓企业。' + CURSOR).labels[0], '三要');
    assert.equal(at(PLAN + '第一，加强领导。' + CURSOR).labels[0], '第二，');
    assert.equal(at(PLAN + '其一，统一思想；' + CURSOR).labels[0], '其二，');
  });

  it('replaces the numeral already typed after the clause end', () => {
    const doc = PLAN + '一是发展夜间经济；二' + CURSOR;
    assert.equal(accept(doc), doc.replace('二' + CURSOR, '二是'));
    assert.deepEqual(at(PLAN + '一是发展夜间经济；五' + CURSOR).labels, []);
  });

  it('does not offer the next item inside a clause or after a word that merely ends in 是', () => {
    assert.deepEqual(at(PLAN + '一是发展夜间经济，' + CURSOR).labels, []);
    assert.deepEqual(at(PLAN + '统一是前提；' + CURSOR).labels, []);
    assert.deepEqual(at(PLAN + '第一，' + CURSOR).labels, []);
  });

  it('continues a series written one item per line first, before the markers', () => {
    const doc = PLAN + '一是发展夜间经济。\n二是培育消费热点。\n' + CURSOR;
    assert.deepEqual(at(doc).labels.slice(0, 2), ['三是', '（三）']);
  });
});

describe('completion: snippets ranked by place', () => {
  const opts = { snippets: SNIPPETS };
  const snippetLabels = (marked: string) =>
    at(marked, opts)
      .items.filter((i) => i.kind === 'snippet' || i.kind === 'template')
      .map((i) => i.label);

  it('ranks 保障措施 clauses first inside 保障措施 / 工作要求 / 组织保障', () => {
    for (const title of ['保障措施', '工作要求', '组织保障']) {
      const labels = snippetLabels(`${PLAN}四、${title}\n（一）加强组织领导。成立领导小组。\n${CURSOR}`);
      assert.deepEqual(labels.slice(0, 2), ['加强组织领导', '强化资金保障'], title);
    }
  });

  it('ranks the 工作目标 snippet first in a 目标 section and the clauses lower', () => {
    const labels = snippetLabels('一、总体要求\n坚持稳中求进。\n二、工作目标\n' + CURSOR);
    assert.equal(labels[0], '工作目标');
    assert.ok(labels.indexOf('加强组织领导') > labels.indexOf('一是'));
  });

  it('offers whole-document templates only in an empty document, and first there', () => {
    assert.equal(snippetLabels(CURSOR)[0], '工作计划模板');
    assert.equal(at(CURSOR, opts).items[0].kind, 'template');
    assert.ok(!snippetLabels(PLAN + CURSOR).includes('工作计划模板'));
    // a prefix typed into an empty document still counts as empty
    assert.equal(at('gz' + CURSOR, opts).items[0].label, '工作计划模板');
  });

  it('replaces the prefix typed so far and keeps markers first', () => {
    const { items } = at(`${PLAN}四、保障措施\njqzzld${CURSOR}`, opts);
    const first = items[0];
    assert.equal(first.label, '加强组织领导');
    assert.equal(first.end - first.start, 'jqzzld'.length);
    assert.ok(first.filterText?.includes('jqzzld'));
    assert.equal(items.filter((i) => i.kind === 'marker').length, 0);
    // on an empty line markers come before the snippets
    assert.equal(at(`${PLAN}四、保障措施\n${CURSOR}`, opts).items[0].kind, 'marker');
  });

  it('knows the place of the cursor', () => {
    const doc = `${PLAN}四、保障措施\n（一）加强组织领导。\n`;
    assert.deepEqual(placesAt(parseDocument(doc), doc.length), ['safeguards', 'closing', 'attachment']);
    assert.deepEqual(placesAt(parseDocument(PLAN), PLAN.indexOf('全年外贸')), ['goals']);
    assert.deepEqual(placesAt(parseDocument(PLAN), PLAN.indexOf('为做好')), ['preamble']);
    assert.deepEqual(placesAt(parseDocument(''), 0), ['document']);
  });

  it('guesses where a snippet fits from its words when the file does not say', () => {
    assert.deepEqual(guessPlaces('Leadership', ['jqzzld'], '加强组织领导', '保障措施：加强组织领导'), ['safeguards']);
    assert.deepEqual(guessPlaces('t', ['gzyd'], '一、a\n二、b\n三、c', '工作要点'), ['document']);
    assert.deepEqual(guessPlaces('Series', ['yishi'], '一是', '一是二是三是'), []);
    // a declared map wins over the guess
    assert.deepEqual(snippetsFromJson({ a: { prefix: 'a', body: 'x', description: '附件' } }, { a: ['closing', 'nonsense'] })[0].contexts, [
      'closing',
    ]);
    // section titles and aliases name places too
    assert.deepEqual(snippetsFromJson({ a: { prefix: 'a', body: 'x' } }, { a: ['工作要求', '目标', 'empty'] })[0].contexts, [
      'safeguards',
      'goals',
      'document',
    ]);
  });
});

describe('completion: robustness on the real documents', () => {
  it('never throws and returns in-range edits at every line start and line end', () => {
    for (const doc of realDocuments()) {
      const model = parseDocument(doc.text);
      for (const line of model.lines) {
        for (const offset of [line.start, line.end]) {
          for (const c of complete(model, offset, { snippets: SNIPPETS })) {
            assert.ok(c.start <= offset && c.end === offset && c.start >= line.start, `${doc.name}@${offset}`);
          }
        }
      }
    }
  });
});

describe('completion: the drafter’s day', () => {
  const real = snippetsFromJson(
    JSON.parse(fs.readFileSync(path.join(__dirname, '../../../snippets/workplan.json'), 'utf8')),
    JSON.parse(fs.readFileSync(path.join(__dirname, '../../../snippets/context.json'), 'utf8')),
  );
  const opts = (extra: Partial<CompleteOptions> = {}): CompleteOptions => ({ snippets: real, today: { year: 2026, month: 3 }, ...extra });
  const item = (marked: string, label: string, extra: Partial<CompleteOptions> = {}) => {
    const found = at(marked, opts(extra)).items.find((i) => i.label === label);
    assert.ok(found, `no item ${label}`);
    return found;
  };

  it('offers a snippet whose prefix is typed straight after Chinese text (…一体化。yishi)', () => {
    const marked = `${PLAN}推动内外贸一体化。yishi${CURSOR}`;
    const series = item(marked, '一是');
    assert.equal(series.end - series.start, 'yishi'.length);
    // letters glued to other letters are part of a longer word, not a prefix
    assert.ok(!at(`${PLAN}推动内外贸一体化。Axyishi${CURSOR}`, opts()).items.some((i) => i.end - i.start === 'yishi'.length));
  });

  it('gives every snippet a readable preview without snippet syntax', () => {
    for (const c of at(CURSOR, opts()).items.concat(at(`${PLAN}${CURSOR}`, opts()).items)) {
      if (c.preview === undefined) continue;
      assert.ok(!/\$\{|\|\}|\$\d/.test(c.preview), `${c.label}: ${c.preview}`);
    }
    assert.equal(item(`${PLAN}${CURSOR}`, '落款').preview, '××市××局\n2025年1月×日');
    assert.equal(item(`${PLAN}${CURSOR}`, '组织领导').preview?.slice(0, 9), '（三）加强组织领导');
  });

  it('templates propose next year first from October on, this year before; the plan year when the document has one', () => {
    const march = item(CURSOR, '工作要点', { today: { year: 2026, month: 3 } });
    assert.ok(march.insertText.includes('${2:2026}'), march.insertText);
    assert.ok(march.preview?.startsWith('××市××局2026年工作要点'));
    const october = item(CURSOR, '工作要点', { today: { year: 2026, month: 10 } });
    assert.ok(october.insertText.includes('${2|2027,2026|}'), october.insertText);
    assert.ok(october.preview?.startsWith('××市××局2027年工作要点'));
    // in a plan for 2025 a task's deadline year is 2025
    const task = item(`${PLAN}三、重点任务\n${CURSOR}`, '任务项', { today: { year: 2026, month: 11 }, planYear: 2025 });
    assert.ok(task.insertText.includes('${6:2025}'), task.insertText);
  });

  it('bzcs under an existing 五、保障措施 inserts the clauses without a second heading', () => {
    const under = item(`${PLAN}三、重点任务\n（一）扩大消费。\n四、改革创新\n（一）深化改革。\n五、保障措施\n${CURSOR}`, '保障措施');
    assert.ok(under.insertText.startsWith('（一）加强组织领导'), under.insertText);
    assert.ok(!under.insertText.includes('、保障措施'));
  });

  it('bzcs elsewhere numbers its heading after the document’s last top-level heading', () => {
    const after = item(`${PLAN}三、重点任务\n（一）扩大消费。\n四、改革创新\n（一）深化改革。\n${CURSOR}`, '保障措施');
    assert.ok(after.insertText.startsWith('${1|五,四,三,六|}、保障措施'), after.insertText);
    assert.ok(after.preview?.startsWith('五、保障措施'));
    // a single clause follows the clauses already written
    const clause = item(`${PLAN}三、保障措施\n（一）加强组织领导。成立领导小组。\n${CURSOR}`, '责任落实');
    assert.ok(clause.insertText.startsWith('（${1|二,一,三,四,五|}）强化责任落实'), clause.insertText);
  });

  it('does not offer a marker that is typed in full, so Enter makes a new line', () => {
    const doc = `${PLAN}三、重点任务\n（一）扩大消费。\n（二）稳定外贸。\n（三）利用外资。\n（四）对外合作。\n（五）流通建设。\n`;
    assert.ok(at(`${doc}（六${CURSOR}`, opts()).labels.includes('（六）'));
    assert.ok(!at(`${doc}（六）${CURSOR}`, opts()).labels.includes('（六）'));
    // the same for the next run-in item typed in full
    assert.ok(!at(`${PLAN}一是扩大消费；二是${CURSOR}`, opts()).labels.includes('二是'));
  });
});

describe('completion: snippet descriptions in the client’s language', () => {
  it('takes the half of `中文 / English` for the locale', async () => {
    const { localisedDescription } = await import('../../server/src/lsp/features/completion');
    assert.equal(
      localisedDescription('保障措施整段（五条） / Safeguard measures: the whole section, five clauses', 'zh-cn'),
      '保障措施整段（五条）',
    );
    assert.equal(
      localisedDescription('保障措施整段（五条） / Safeguard measures: the whole section, five clauses', 'en'),
      'Safeguard measures: the whole section, five clauses',
    );
    assert.equal(localisedDescription('只有中文', 'en'), '只有中文');
  });
});
