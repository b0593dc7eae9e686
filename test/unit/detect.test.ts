/** The client's work-plan detection (server/src/core/text/planDetection.ts, shared by the client, the server's index and the CLI): every seed, and texts that are not plans. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HEAD_CHARS, detectWorkPlan, looksLikeWorkPlan } from '../../server/src/core/text/planDetection';
import * as pastChrome from '../../server/src/core/facts/planHead';

const ROOT = path.join(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds');
const CORPUS = path.join(ROOT, '../shared/corpus');

describe('work-plan detection', () => {
  const seeds = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('has the five seeds to check', () => {
    assert.equal(seeds.length, 5);
  });

  for (const f of seeds) {
    it(`detects seeds/${f}`, () => {
      const d = detectWorkPlan(fs.readFileSync(path.join(SEEDS, f), 'utf8'));
      assert.ok(d.plan, JSON.stringify(d));
    });
  }

  it('finds the title or the section that decided each seed', () => {
    const why = (prefix: string) => {
      const f = seeds.find((n) => n.startsWith(prefix)) as string;
      return detectWorkPlan(fs.readFileSync(path.join(SEEDS, f), 'utf8'));
    };
    assert.equal(why('000').title, '云南省2006年商务工作计划'); // top-level markers are （一）
    assert.equal(why('001').title, '2007年永州市商务重点工作'); // 1、… only
    assert.equal(why('002').title, '呼和浩特市商务局2007年工作要点');
    // Web chrome first, traditional characters, no title line: the 工作目標 section decides.
    assert.equal(why('003').reason, 'section');
    assert.match(why('003').section ?? '', /^一、工作目標/);
    assert.equal(why('004').title, '2006年山东省外经贸工作要点');
  });

  it('detects nearly all plain-text documents of the shared corpus (when present)', function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    // Government work reports scraped from the web; the HTML ones are not plain text.
    const texts = fs
      .readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ f, text: fs.readFileSync(path.join(CORPUS, f), 'utf8') }))
      .filter(({ text }) => !text.trimStart().startsWith('<'));
    const missed = texts.filter(({ text }) => !looksLikeWorkPlan(text)).map(({ f }) => f);
    // Known misses: pages whose first 4 KB are web chrome and one long paragraph, with no numbered heading.
    assert.ok(missed.length <= Math.floor(texts.length / 10), `missed ${missed.length} of ${texts.length}: ${missed.join(', ')}`);
  });

  it('reads only the first HEAD_CHARS characters', () => {
    const plan = fs.readFileSync(path.join(SEEDS, seeds[2]), 'utf8');
    assert.ok(looksLikeWorkPlan(plan));
    assert.ok(!looksLikeWorkPlan('x'.repeat(HEAD_CHARS) + '\n' + plan), 'a plan after the first 4 KB is not seen');
    assert.ok(!looksLikeWorkPlan('\n'.repeat(HEAD_CHARS) + plan));
  });

  it('looks past web chrome before the title: 4 KB of site header still leaves the plan visible', () => {
    const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/paste-artifact/site-metadata.txt'), 'utf8').split('\n');
    const header = fixture.slice(0, 8).join('\n') + '\n';
    const plan = fixture.slice(8, 17).join('\n') + '\n（四）加强解读回应。\n（五）做好依申请公开。\n';
    const page = header.repeat(Math.ceil(HEAD_CHARS / header.length)) + plan;
    assert.ok(page.indexOf('某县2024年政务公开工作要点') > HEAD_CHARS && page.length < pastChrome.READ_CHARS);
    const d = pastChrome.detectWorkPlan(page);
    assert.equal(detectWorkPlan(page).plan, false, 'the plain head sees only the header');
    assert.deepEqual([d.plan, d.reason, d.title], [true, 'title', '某县2024年政务公开工作要点']);
    // The same header before text that is no plan does not make one.
    assert.ok(!pastChrome.looksLikeWorkPlan(header.repeat(20) + '今天天气很好。\n我们去公园。\n'));
  });

  it('accepts Markdown headings, full-width indents and CRLF', () => {
    assert.ok(
      looksLikeWorkPlan(
        '# 某局2025年工作要点\r\n\r\n## 一、总体要求\r\n\u3000\u3000坚持稳中求进。\r\n## 二、主要任务\r\n### （一）外贸\r\n',
      ),
    );
    assert.ok(looksLikeWorkPlan('\ufeff某县2024年度工作安排\n1. 抓项目\n2. 促消费\n3. 保民生\n'));
    assert.ok(looksLikeWorkPlan('政 府 工 作 报 告\n\n\u3000\u3000各位代表：\n\u3000\u3000一、过去一年的工作回顾\n'));
  });

  const prose =
    '全省上下坚持以新时代中国特色社会主义思想为指导，认真贯彻落实党中央决策部署，经济运行稳中有进，民生福祉持续增进，各项事业取得新的进展。';
  it('a report whose first numbered heading is pages away: a title naming it outright and a body of some length', () => {
    const report = ['2026年某省政府工作报告', '——2026年1月27日在某省人民代表大会上', '各位代表：', ...Array(16).fill(prose)].join('\n');
    assert.equal(detectWorkPlan(report).reason, 'strong-title');
    // A news item about the report is not one (作/审议/解读…), nor is a title alone over a short note.
    assert.equal(detectWorkPlan(['省长作政府工作报告', ...Array(16).fill(prose)].join('\n')).plan, false);
    assert.equal(detectWorkPlan('2025年工作计划\n今年我们要做好各项工作。\n').plan, false);
  });

  it('a flattened copy: the title before the first mark, the headings after sentence ends, on one line', () => {
    const flat = `某县2024年工作要点 为做好全年工作，制定本要点。一、总体要求 ${prose}${prose}二、主要任务 ${prose}${prose}三、保障措施 ${prose}`;
    const d = detectWorkPlan(flat);
    assert.equal(d.plan, true, JSON.stringify(d));
    assert.equal(d.title, '某县2024年工作要点');
    // One long line of prose with a single 一、 is no plan.
    assert.equal(detectWorkPlan(`某县新闻 ${prose}一、${prose}${prose}`).plan, false);
  });

  it('a notice issuing a plan names it in a long title (关于印发《…工作要点》的通知, …的实施意见, …分工方案)', () => {
    const notice = (title: string) => [title, '各乡镇人民政府，县直各单位：', prose, '一、总体要求', prose].join('\n');
    assert.equal(detectWorkPlan(notice('某县人民政府办公室关于印发《某县2024年优化营商环境工作要点》的通知')).reason, 'strong-title');
    assert.equal(detectWorkPlan(notice('某市人民政府关于全面落实粮食安全省长责任制的实施意见')).reason, 'strong-title');
    assert.equal(detectWorkPlan(notice('《政府工作报告》重点工作任务分工方案')).plan, true);
    // A notice of anything else is not one.
    assert.equal(detectWorkPlan(notice('某县人民政府办公室关于做好2024年春节期间安全生产工作的通知')).plan, false);
  });

  it('two headings, one a plan section, under a title naming a plan', () => {
    assert.equal(
      detectWorkPlan('某乡镇2024年工作总结及2025年工作打算\n一、工作开展情况\n' + prose + '\n二、2025年工作目标\n' + prose).plan,
      true,
    );
    assert.equal(detectWorkPlan('会议纪要\n一、参会人员\n二、会议内容\n').plan, false);
  });

  const notPlans: Array<[string, string]> = [
    ['empty', ''],
    [
      'English README with a numbered list',
      '# Project\n\nSteps:\n\n1. Install\n2. Build\n3. Test\n4. Deploy\n5. Tag\n6. Release\n7. Announce\n',
    ],
    ['Chinese prose', '春天来了，小草从地下探出头来。\n河边的柳树抽出了新的枝条。\n孩子们在田野里放风筝。\n'],
    ['a title without numbered headings', '2025年工作计划\n今年我们要做好各项工作。\n继续努力。\n'],
    ['numbered lines without a title', '会议记录\n1、张三发言\n2、李四发言\n3、王五发言\n'],
    ['a changelog with version numbers', '工作计划 changelog\n1.2.3 fixed\n1.2.4 fixed\n1.3.0 added\n'],
    ['a numbered Chinese list with no plan words', '购物清单\n1、苹果\n2、香蕉\n3、牛奶\n4、面包\n5、鸡蛋\n6、大米\n'],
    ['a long title line (a paragraph, not a title)', `${'按照全省工作会议安排，'.repeat(8)}\n一、甲\n二、乙\n三、丙\n`],
    ['a sentence that mentions a report, then one heading', '现在，我代表区政府向大会作工作报告，请予审议。\n一、回顾\n'],
    [
      'an HTML page',
      '<html><head><title>2025年工作计划</title></head>\n<body>\n<p>一、总体要求</p>\n<p>二、主要任务</p>\n<p>三、保障措施</p>\n</body></html>\n',
    ],
    ['decimal numbers at line starts', '年度报告\n1.5倍\n2.0版本\n3.14\n'],
  ];
  for (const [name, text] of notPlans) {
    it(`does not switch: ${name}`, () => {
      const d = detectWorkPlan(text);
      assert.ok(!d.plan, JSON.stringify(d));
    });
  }

  it('needs Chinese-numeral markers when only headings count', () => {
    assert.ok(looksLikeWorkPlan('一、甲\n二、乙\n三、丙\n（一）丁\n（二）戊\n（三）己\n'));
    assert.ok(!looksLikeWorkPlan('1、甲\n2、乙\n3、丙\n4、丁\n5、戊\n6、己\n'));
  });
});
