/** Formatting: only the intended characters change, the outline stays, and it is idempotent. */
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/services/analyze';
import { applyEdits } from '../../server/src/core/services/fixes';
import { formatEdits, type FormatEdit, type FormatOptions } from '../../server/src/core/services/format';
import type { DocumentModel } from '../../server/src/core/model/model';
import { parseDocument } from '../../server/src/core/model/parse';
import { realDocuments } from './realDocuments';

function format(text: string, options: FormatOptions = {}): string {
  return applyEdits(text, formatEdits(parseDocument(text), options));
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const stripMarkerPunct = (s: string) => s.replace(/[、.．（）()，,]/g, '');

/** Asserts the edit is of its declared class and returns why not, or ''. */
function classProblem(text: string, model: DocumentModel, e: FormatEdit): string {
  const old = text.slice(e.start, e.end);
  switch (e.kind) {
    case 'marker': {
      const inMarker =
        model.headings.some((h) => h.start <= e.start && e.end <= h.markerEnd) ||
        model.enumerations.some((x) => x.start <= e.start && e.end <= x.markerEnd);
      return inMarker && stripMarkerPunct(old) === stripMarkerPunct(e.newText)
        ? ''
        : 'marker edit outside a marker or changing its numeral';
    }
    case 'punctuation':
      return FULL[old] === e.newText ? '' : 'not a half-width → full-width mark';
    case 'quote':
      return (old === '"' && /^[“”]$/.test(e.newText)) || (old === "'" && /^[‘’]$/.test(e.newText))
        ? ''
        : 'not an ASCII quote → Chinese quote';
    case 'range':
      return /^[-－~〜]$/.test(old) && e.newText === '～' ? '' : 'not a range mark';
    case 'space':
      return /^[ \u3000\u00a0]$/.test(old) && e.newText === '' ? '' : 'not a single space removed';
    case 'split':
      return /^[ \u3000]*$/.test(old) && /^\r?\n[ \t\u3000]*$/.test(e.newText) ? '' : 'not a line split';
  }
}

/** The text with every normalisable difference projected away. */
const canon = (s: string) =>
  s
    .replace(/[ \u3000\u00a0\r\n]/g, '')
    .replace(/[,:;()?!]/g, (c) => FULL[c])
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[-－~〜]/g, '～');

/** The outline as (depth, family, value, canonical title) rows. */
const outline = (text: string) =>
  parseDocument(text).headings.map((h) => `${h.context}|${h.depth}|${h.family}|${h.value}|${canon(text.slice(h.markerEnd, h.titleEnd))}`);

describe('format: markers', () => {
  it('writes Arabic markers in the document’s dominant style', () => {
    const doc = '一、任务\n1、甲。\n2.乙。\n3、丙。\n';
    assert.equal(format(doc), '一、任务\n1、甲。\n2、乙。\n3、丙。\n');
    assert.equal(format(doc, { profile: 'gbt' }), '一、任务\n1.甲。\n2.乙。\n3.丙。\n');
  });

  it('fixes 一. , half-width or mixed brackets and （一）、 and 第一、', () => {
    assert.equal(
      format('一.总体要求\n(一)外贸\n(二）内贸\n（三）、外经\n第一、加强领导；第二、强化保障。\n'),
      '一、总体要求\n（一）外贸\n（二）内贸\n（三）外经\n第一，加强领导；第二，强化保障。\n',
    );
  });

  it('leaves a marker that the new style would turn into something else (3、. → 3.. is no marker)', () => {
    assert.equal(format('一、任务\n3、.\n', { profile: 'gbt' }), '一、任务\n3、.\n');
  });

  it('edits only the characters that differ', () => {
    const doc = '(一)外贸\n(二)内贸\n';
    const edits = formatEdits(parseDocument(doc));
    assert.deepEqual(
      edits.map((e) => [e.start, e.end, e.newText]),
      [
        [0, 1, '（'],
        [2, 3, '）'],
        [6, 7, '（'],
        [8, 9, '）'],
      ],
    );
  });
});

describe('format: regressions found by npm run fuzz', () => {
  it('reaches a fixed point where an edit changes how the text around it is read (`一、; t2、…增点 （1）`: once `;` is `；` the title ends there, and the blank before （1） stands in a paragraph)', () => {
    const input = '一、; t2、加强六个增点 （1）抓好农产品出口。一是完善协调机制。\n';
    const once = format(input);
    assert.equal(once, '一、； t2、加强六个增点（1）抓好农产品出口。一是完善协调机制。\n');
    assert.equal(format(once), once);
    // A real document (test/corpus 459): the stray blanks inside words after converted commas went only on a second run.
    const doc = '建立重点项目“直通车”工作机 制,落实“领导+专班”,力争 全年盘活僵尸企业10家。\n';
    assert.equal(format(format(doc)), format(doc));
  });
  it('a chain of marks converts in one pass (:;一 → ：；一), so formatting again changes nothing', () => {
    for (const input of [':;一', ',:;一', '甲:,;乙']) {
      const once = format(input);
      assert.equal(format(once), once, input);
    }
    assert.equal(format(':;一'), '：；一');
  });
  it('keeps the space in `3、 0` and `一、 一、`: without it the marker would run into what follows', () => {
    for (const text of ['某局2025年工作计划\n3、 0\n', '一、 一、']) assert.equal(format(text), text);
  });
  it('a mark after a rewritten marker converts in the same pass (一.; → 一、；)', () => {
    assert.equal(format('一.;'), '一、；');
    assert.equal(format('一、；'), '一、；');
  });
  it('a range right after a rewritten marker converts in the same pass (一.1~2家 → 一、1～2家)', () => {
    assert.equal(format('一.1~2家'), '一、1～2家');
  });
  it('keeps a space whose removal would make a marker (`（ 二）` would become a heading)', () => {
    const text = '一、总体要求\n（一）甲。\n（ 二）乙。';
    assert.equal(format(text), text);
  });
  it('a mark and a bracket pair that make each other Chinese convert in one pass (一、:(3) → 一、：（3）)', () => {
    assert.equal(format('一、:(3)'), '一、：（3）');
  });
  it('keeps the space after a marker when the marker would be none without it (`（一） ，`)', () => {
    const text = '（一） ，五年来主要做了以下工作。\n';
    assert.equal(format(text), text);
  });
  it('removes both stray spaces of `抓 和 ——` in one pass; letter-spaced words (政 府 工 作) keep theirs', () => {
    assert.equal(format('；二抓 和 ——2016年2月19日在会议上\n'), '；二抓和——2016年2月19日在会议上\n');
    assert.equal(format('我们要政 府 工 作。'), '我们要政 府 工 作。');
  });
  it('a question mark before a bracket this pass converts is sentence-final in the same pass (（发展?) → （发展？）)', () => {
    assert.equal(format('（发展?)申建'), '（发展？）申建');
  });
  it('a ! before a run-in heading that goes to its own line is at a line end (2.一!3、 → 2.一！⏎3.)', () => {
    const once = format('2.一!3、一、', { splitRunInHeadings: true });
    assert.equal(once, '2.一！\n3.一、');
    assert.equal(format(once, { splitRunInHeadings: true }), once);
  });
  it('does not split a run-in heading off a marker with no title (2.　3．…): the first marker alone on a line is no heading', () => {
    const text = '2.　3．一、';
    const once = format(text, { splitRunInHeadings: true });
    assert.equal(once, '2.　3.一、');
    assert.deepEqual(
      parseDocument(once).headings.map((h) => h.value),
      parseDocument(text).headings.map((h) => h.value),
    );
  });
});

describe('format: punctuation', () => {
  const cases: Array<[string, string]> = [
    ['我们要抓好落实,确保完成。', '我们要抓好落实，确保完成。'],
    ['主要目标是:增长12%;力争更好。', '主要目标是：增长12%；力争更好。'],
    ['实际利用外商直接投资(FDI)90亿美元', '实际利用外商直接投资（FDI）90亿美元'],
    ['国发(2022)2号文件', '国发（2022）2号文件'],
    ['各市(州)推荐', '各市（州）推荐'],
    ['难道不是吗?', '难道不是吗？'],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(format(input), want));

  const unchanged = [
    'PM2.5浓度下降3.5个百分点',
    '比例尺1:500的地形图',
    '2006-01-10 19:18  文章来源：商务厅',
    '合计1,000家企业',
    '网址：http://www.example.gov.cn/a?b=1,2;c=(3)',
    '按照全省商務(wù)工作會(huì)議安排',
    '发展??力强',
    '公式f(x)与g(y)',
    '<p style="color:red;">内容</p>&nbsp;文字',
    'Hello, world',
  ];
  for (const input of unchanged) it(`leaves ${input}`, () => assert.equal(format(input), input));
});

describe('format: quotes', () => {
  const cases: Array<[string, string]> = [
    ['突出抓好"三个重点"，推进\'一县一品\'建设。', '突出抓好“三个重点”，推进‘一县一品’建设。'],
    // The converted quote is Chinese text for the comma before it, in the same pass.
    ['打造ABC,"智慧商务"平台', '打造ABC，“智慧商务”平台'],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(format(input), want));
  const unchanged = ['He said "hello", it\'s fine.', '一个"引号和三个"中文"', '<a href="x">链接</a>', '要求"一是抓好落实"'];
  for (const input of unchanged) it(`leaves ${input}`, () => assert.equal(format(input), input));
});

describe('format: range marks', () => {
  const cases: Array<[string, string]> = [
    ['力争我省1-2个品牌', '力争我省1～2个品牌'],
    ['组织参加4－5个境外展会', '组织参加4～5个境外展会'],
    ['申建1~2家国家级经开区', '申建1～2家国家级经开区'],
    ['比重提高10-15%', '比重提高10～15%'],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(format(input), want));
  const unchanged = [
    '联系电话：0851-88555661',
    '发布时间：2006-01-10',
    '中国-东盟自由贸易区',
    '规划（2018－2022年）',
    '按GB/T 9704-2012执行',
    '第1-3月累计',
  ];
  for (const input of unchanged) it(`leaves ${input}`, () => assert.equal(format(input), input));
});

describe('format: spaces', () => {
  const cases: Array<[string, string]> = [
    ['进出口增长 12%，力争 2025年 实现。', '进出口增长12%，力争2025年实现。'],
    ['加强 组织领导，强化 责任落实。', '加强组织领导，强化责任落实。'],
    ['一、 总体要求\n', '一、总体要求\n'],
    ['工作目标 , 确保完成。', '工作目标，确保完成。'],
    // the line becomes a sentence once `;` is full-width: decided in one pass (idempotent)
    ['坚持 “美丽发展”和市区共建，大力发展县域经济;', '坚持“美丽发展”和市区共建，大力发展县域经济；'],
  ];
  for (const [input, want] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => assert.equal(format(input), want));
  const unchanged = [
    '（一）关于外贸工作 1、抓好抓实四个重点 （1）抓好重点州市。\n（2）抓好重点企业。\n',
    '第一章 总则\n第二章 任务\n',
    '\u3000\u3000为做好全年工作，制定本方案。',
    '中共贵州省委 贵州省人民政府',
    '使用 WTO 规则',
    '要做好三件事： 一是抓项目；二是抓企业。',
    '抓好工作 二是抓企业',
    '云南省商务厅\n2024年 1月15日\n',
    '四川干部群众热议政府工作报告 以奋勇争先之姿，乘势而为',
    '广东省省长 孟凡利\n本报记者 王鼎 摄\n',
    '政 府 工 作 报 告\n上海市市长 龚 正\n',
    '提高“才聚江西 智荟赣鄱”品牌影响力。',
    '2026年02月10日 07时41分',
  ];
  for (const input of unchanged) it(`leaves ${JSON.stringify(input)}`, () => assert.equal(format(input), input));
});

describe('format: run-in headings', () => {
  const line3 = '（一）关于外贸工作 1、抓好抓实四个重点 （1）抓好重点州市。一是联系；二是倾斜。\r\n（2）抓好重点企业。\r\n';
  it('splits run-in headings one per line when asked, keeping the line ending and indentation', () => {
    assert.equal(
      format(line3, { splitRunInHeadings: true }),
      '（一）关于外贸工作\r\n1、抓好抓实四个重点\r\n（1）抓好重点州市。一是联系；二是倾斜。\r\n（2）抓好重点企业。\r\n',
    );
    assert.equal(
      format('\u3000\u30001、建立制度。 2、抓实项目。\n', { splitRunInHeadings: true }),
      '\u3000\u30001、建立制度。\n\u3000\u30002、抓实项目。\n',
    );
    assert.equal(format(line3), line3);
  });

  it('keeps an attachment’s first item on its label line', () => {
    const doc = '一、任务\n1、甲。\n2、乙。\n附件：1.重点项目清单\n2.责任分工表\n';
    assert.equal(format(doc, { splitRunInHeadings: true }), doc);
  });
});

describe('format: range formatting', () => {
  it('returns only the edits inside the range', () => {
    const doc = '我们,要\n他们,要\n';
    const model = parseDocument(doc);
    const second = doc.indexOf('他');
    assert.deepEqual(
      formatEdits(model, {}, { start: second, end: doc.length }).map((e) => e.start),
      [second + 2],
    );
  });
});

describe('format: every real document', () => {
  for (const split of [false, true]) {
    it(`changes only the intended characters, keeps the outline and is idempotent${split ? ' (split run-in headings)' : ''}`, () => {
      let total = 0;
      for (const doc of realDocuments()) {
        const model = parseDocument(doc.text);
        const edits = formatEdits(model, { splitRunInHeadings: split });
        total += edits.length;
        for (const e of edits) {
          const problem = classProblem(doc.text, model, e);
          assert.equal(
            problem,
            '',
            `${doc.name}@${e.start}: ${problem}: ${JSON.stringify(doc.text.slice(e.start - 8, e.end + 8))} → ${JSON.stringify(e.newText)}`,
          );
        }
        const out = applyEdits(doc.text, edits);
        // Outside the markers, the text differs only in normalised characters.
        const markersOnly = applyEdits(
          doc.text,
          edits.filter((e) => e.kind === 'marker'),
        );
        assert.equal(canon(out), canon(markersOnly), doc.name);
        assert.deepEqual(outline(out), outline(markersOnly), `${doc.name}: outline changed`);
        assert.deepEqual(
          parseDocument(out).enumerations.map((e) => e.value),
          model.enumerations.map((e) => e.value),
          `${doc.name}: run-in series changed`,
        );
        assert.deepEqual(formatEdits(parseDocument(out), { splitRunInHeadings: split }), [], `${doc.name}: not idempotent`);
        if (!split) {
          // Re-analysed: no rule finds more than before.
          const count = (t: string) =>
            analyze(t).findings.reduce((m, f) => m.set(f.rule, (m.get(f.rule) ?? 0) + 1), new Map<string, number>());
          const before = count(doc.text);
          for (const [rule, n] of count(out))
            assert.ok(n <= (before.get(rule) ?? 0), `${doc.name}: ${rule} ${before.get(rule) ?? 0} → ${n}`);
        }
      }
      assert.ok(total > 100, 'the real documents do need formatting');
    });
  }

  it('counts the edits of each class on the seeds', () => {
    const kinds = new Map<string, number>();
    for (const doc of realDocuments().filter((d) => d.name.startsWith('seeds/'))) {
      for (const e of formatEdits(parseDocument(doc.text), { splitRunInHeadings: true })) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    }
    for (const kind of ['marker', 'punctuation', 'range', 'space', 'split'])
      assert.ok((kinds.get(kind) ?? 0) > 0, `no ${kind} edit on the seeds`);
  });

  it('outline of the marker-normalised text equals the original outline (markers change style only)', () => {
    for (const doc of realDocuments()) {
      const markersOnly = applyEdits(
        doc.text,
        formatEdits(parseDocument(doc.text)).filter((e) => e.kind === 'marker'),
      );
      const rows = (t: string) => parseDocument(t).headings.map((h) => `${h.depth}|${h.family}|${h.value}|${h.title}`);
      assert.deepEqual(rows(markersOnly), rows(doc.text), doc.name);
    }
  });
});
