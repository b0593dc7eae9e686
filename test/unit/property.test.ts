/**
 * Property tests (fast-check): random documents assembled from markers, series, targets,
 * punctuation, CRLF, BOM, surrogates and control characters, and real documents cut and mutated.
 * For every one: analyze() never throws, every range lies inside the document, children lie
 * inside parents, every fix changes only its own text and removes its finding, fix-all edits never
 * overlap, renumbering is idempotent (see reliability.ts). `npm run fuzz` runs the same checks on
 * a million cases; each bug it found has a regression case at the bottom of this file.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { nextEnumeration, RE_ENUM, RUN_IN, scanText } from '../../server/src/core/model/parse';
import { realDocuments } from './realDocuments';
import { REDUPLICATED } from '../../server/src/core/text/reduplications';
import { RULES } from '../../server/src/core/rules/index';
import { DEFAULT_OPTIONS } from '../../server/src/core/types';
import {
  anyDocument,
  checkDocument,
  checkEdits,
  checkFormatter,
  formatter,
  knownIssue,
  mapOffset,
  mutatedDocument,
  randomDocument,
  type CheckOptions,
} from './reliability';

/** The rule checked against the backreference regex it replaced (through the index: rule files are leaves). */
const repeatedWord = RULES.find((r) => r.id === 'repeated-word') as (typeof RULES)[number];

/** checkDocument without the formatter, passing documents that only show a known, reported issue. */
function check(text: string, options: CheckOptions = {}): void {
  try {
    checkDocument(text, { ...options, formatter: false });
  } catch (e) {
    if (!knownIssue((e as Error).message, text)) throw e;
  }
}

// A fixed seed keeps `npm test` (and CI) reproducible: the same cases every run, so a failure is a
// regression, not luck. `npm run fuzz` explores new cases with random seeds; FC_SEED picks another.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });

// Bounded so the whole file stays around 30 s on a loaded two-core machine.
const RUNS_RANDOM = 8000;
const RUNS_MUTATED = 2500;
const RUNS_WHOLE = 150;

describe('property: analysis invariants', function () {
  this.timeout(120_000);

  it('random documents from fragments: never throws, all invariants hold', () => {
    fc.assert(
      fc.property(randomDocument(), (text) => check(text)),
      { numRuns: RUNS_RANDOM },
    );
  });

  it('windows of real documents, mutated: all invariants hold', () => {
    fc.assert(
      fc.property(mutatedDocument(4000), (text) => check(text, { maxFixes: 12 })),
      { numRuns: RUNS_MUTATED },
    );
  });

  it('whole real documents, mutated: all invariants hold', () => {
    fc.assert(
      fc.property(mutatedDocument(0, 4), (text) => check(text, { maxFixes: 6 })),
      { numRuns: RUNS_WHOLE },
    );
  });

  (formatter ? it : it.skip)('the formatter is idempotent and keeps the outline', () => {
    fc.assert(
      fc.property(anyDocument(), (text) => checkFormatter(text)),
      { numRuns: 600 },
    );
  });

  it('analysis is deterministic: the same text gives the same findings', () => {
    fc.assert(
      fc.property(anyDocument(), (text) => {
        const a = analyze(text).findings.map((f) => `${f.rule}@${f.start}-${f.end}`);
        const b = analyze(text).findings.map((f) => `${f.rule}@${f.start}-${f.end}`);
        assert.deepEqual(a, b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: the fast enumeration scan finds exactly what the exact regex finds', () => {
  const fast = (text: string) => {
    const out: Array<[number, string]> = [];
    for (let m = nextEnumeration(text, 0); m; m = nextEnumeration(text, m.index + m[0].length)) out.push([m.index, m[0]]);
    return out;
  };
  const slow = (text: string) => [...text.matchAll(new RegExp(RE_ENUM.source, 'gmu'))].map((m): [number, string] => [m.index ?? 0, m[0]]);
  it('on every real document', () => {
    for (const d of realDocuments()) assert.deepEqual(fast(d.text), slow(d.text), d.name);
  });
  it('on random and mutated documents', () => {
    fc.assert(
      fc.property(anyDocument(), (text) => assert.deepEqual(fast(text), slow(text))),
      { numRuns: 3000 },
    );
  });
  it('on runs of numerals', () => {
    for (const t of ['一二三四是', '。十一是', '第十一，', '第一、二轮', '其一，', '。三一是', '统一是', '\n二要求', '\n二要\n'])
      assert.deepEqual(fast(t), slow(t), t);
  });
});

describe('property: the one-pass scan finds where RUN_IN and RE_ENUM match', () => {
  // The parser reads run-in separators and enumeration starts from scanText instead of running the
  // regexes: it must find every offset where RUN_IN matches (and no other), and every RE_ENUM match.
  const check = (text: string, what: string) => {
    const scan = scanText(text);
    const runIn = scan.runInSeparators.map((k, n) => `${k}-${scan.runInMarkers[n]}`);
    const sticky = new RegExp(RUN_IN.source, 'y');
    const expected: string[] = [];
    for (let k = 0; k < text.length; k++) {
      sticky.lastIndex = k;
      const m = sticky.exec(text);
      if (m) expected.push(`${k}-${k + m[0].length}`);
    }
    assert.deepEqual(runIn, expected, what);
    const starts = scan.enumerationStarts;
    for (let k = 1; k < starts.length; k++) assert.ok(starts[k - 1] < starts[k], `${what}: ascending`);
    const found = new Set(starts);
    for (const m of text.matchAll(new RegExp(RE_ENUM.source, 'gmu')))
      assert.ok(found.has(m.index ?? -1), `${what}: enumeration at ${m.index}`);
  };
  it('on every real document', () => {
    for (const d of realDocuments()) check(d.text, d.name);
  });
  it('on random and mutated documents', () => {
    fc.assert(
      fc.property(anyDocument(), (text) => check(text, 'random')),
      { numRuns: 2000 },
    );
  });
  it('with every UTF-16 unit where the scan looks', () => {
    // X before, after and in place of a separator, blank, marker or enumeration character.
    for (const template of [
      'X一、',
      '。X1.',
      'aX（一）',
      '；　X2、',
      'X一是',
      '一X是',
      '，X二要',
      '第一X',
      '第X二，',
      '其一X',
      'X\u00a0①',
    ]) {
      const units: string[] = [];
      for (let c = 0; c < 0x10000; c++) units.push(template.replace('X', String.fromCharCode(c)));
      check(units.join('\n'), template);
    }
  });
});

describe('property: repeated-word finds exactly what a scan of every position finds', () => {
  // The rule tries its regex only where a Han character comes again 2–4 places on; the reference
  // is the rule as first written: the global regex tried at every position, then the same filters.
  const found = (text: string) => {
    const out: string[] = [];
    repeatedWord.check(
      { text, model: undefined as never, options: DEFAULT_OPTIONS, targets: [] },
      (f) => void out.push(`${f.start}-${f.end}`),
    );
    return out;
  };
  const reference = (text: string) => {
    const out: string[] = [];
    for (const m of text.matchAll(/([\u3400-\u9fff]{2,4})\1/g)) {
      const word = m[1];
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if ((word[0] === word[1] && word.length === 2) || (word[0] === '一' && word.length === 2)) continue;
      if (/^[〇零一二三四五六七八九十百千万两]+$/.test(word) || REDUPLICATED.has(word)) continue;
      if (text[end] === word[0] || text[start - 1] === word[word.length - 1]) continue;
      if (/^([\u3400-\u9fff]{2,4})\1/.test(word + text.slice(end, end + 8))) continue;
      out.push(`${start}-${end}`);
    }
    return out;
  };
  it('on real documents and on random texts rich in doublings', () => {
    for (const d of realDocuments()) assert.deepEqual(found(d.text), reference(d.text), d.name);
    const doubling = fc.string({
      unit: fc.constantFrom('作', '为', '南', '省', '一', '个', '是', '不', '二', '，', 'a', '\n'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(anyDocument(), doubling), (text) => assert.deepEqual(found(text), reference(text))),
      { numRuns: 3000 },
    );
  });
});

describe('property: the checker itself catches broken edits', () => {
  it('rejects an edit that splits a surrogate pair', () => {
    assert.throws(() => checkEdits('a😀b', [{ start: 2, end: 3, newText: 'x' }], 't'), /surrogate pair/);
  });
  it('rejects an edit outside the document', () => {
    assert.throws(() => checkEdits('abc', [{ start: 2, end: 9, newText: '' }], 't'), /outside the document/);
  });
  it('counts a fix as failing only when the problem stays at its place (the same text, or text the fix wrote)', () => {
    // A unit deleted from a list of both leads and responsible units: the next unit of the list moves to its offset and is
    // another finding, not the same one again (fuzz seed 1064047248).
    const units =
      '2025年工作要点\n（一）强化顶层设计引领。制定实施方案。（住房城乡建设部、农业农村部牵头，住房城乡建设部、农业农村部、国家统计局参与）\n';
    const both = analyze(units).findings.filter((g) => g.rule === 'task-lead-and-responsible');
    assert.equal(both.length, 2);
    checkDocument(units, { formatter: false });
  });
  it('maps offsets through edits', () => {
    const edits = [
      { start: 0, end: 1, newText: '十一' },
      { start: 5, end: 5, newText: 'xx' },
    ];
    assert.equal(mapOffset(edits, 3), 4);
    assert.equal(mapOffset(edits, 6), 9);
    assert.equal(mapOffset(edits, 0), 0);
  });
});

describe('property: regressions found by the fuzzer', () => {
  // Documents the fuzzer (or these property tests) shrank to, and the bug each one showed.
  const fixed: Array<{ bug: string; text: string }> = [
    {
      bug: 'renumbering （九）守（二）… / （九）… made the first line read as two run-in headings, so the duplicate came back as （二） (fuzz seed 739610240): no fix is offered for such a list',
      text: '2025年工作要点\n（九）守（二）扩大参保面。\n（九）聚力落实任务。\n',
    },
    {
      bug: 'the parser split a title at a marker inside the bracket it opened (`（见附件（二））`), so a renumbered list took that in',
      text: '2025年工作要点\n（九）扩大参保面（见附件（二））。\n（九）聚力落实任务。\n',
    },
    { bug: '`附件2：` at the very end of the text crashed the parser (matchMarker read past the end)', text: '附件2：' },
    {
      bug: 'an enumeration ran past a run-in heading on its line, so its symbol lay outside its parent',
      text: '1、抓好。一是甲。二是乙。 2、抓好丙。一是丁。二是戊。\n',
    },
    {
      bug: 'renumber was not idempotent: （七）…（一） became two （一） in one list',
      text: '（七）突出加快。\n（一）聚力促进更高水平开放\n',
    },
    {
      bug: 'renumber was not idempotent: a list counting on (26、) kept its old start',
      text: '18、突出非洲。\n19、加强。\n20、做好。\n四、坚持创新思维\n21、加快。\n22、充分。\n23、提升。\n24、进一步。\n25、加强。\n五、强化政策导向\n26、扩',
    },
    {
      bug: 'renumber was not idempotent: a stray 二是 joined the series after renumbering',
      text: '对重点州市，一是甲。三是乙。二是丙。四是丁。\n',
    },
    { bug: 'the marker-punctuation fix of `(一）、` kept the mixed brackets', text: '(一）、x' },
    {
      bug: 'an enumeration after a pasted second document still belonged to a heading of the first',
      text: '省长叶建春作政府工作报告。本报全媒体记者林君摄\n一、大\n省长叶建春作政府工作报告。本报全媒体记者林君摄\n一是\n三是',
    },
    { bug: 'marker-punctuation fix removed one stray mark of two (`（二），.` → `（二）.`, reported again)', text: '（二），.' },
    { bug: 'the run-in `三、` after an ideographic space closed `二、` before its child `1.` ended', text: '二、惠\n1.　三、0' },
    {
      bug: 'renumbering fix of (二)(三) made the mid-line `　（三）` a heading: a duplicate again',
      text: '（二）\n（三）　（三）\n（三）',
    },
    {
      bug: 'numbering fix of 3、3、 made the mid-line `2、` after the new `1、` a heading: a duplicate again (no fix is offered while a mid-line marker of the family stands inside the list)',
      text: '一甸、老挝建立机制。六是做好调研。\n七是理顺管理。 2、抓好落实。一是进一步落实。二是用好资金。\n3、提高效率。 2、抓好落实。一是进一步落实。二是用好资金。\n3、积极推进项目。一是重点推进实施。二是重点跟踪签约',
    },
    {
      bug: 'renumber did not reach a fixed point in five passes: each pass moved one list that counts on',
      text: '三、。\n20、。四、坚\n21、。五、系\n6、。\n五、化\n6、。五、系\n6、。\n六、优\n3、优',
    },
    {
      bug: 'enumeration-gap fix renumbered 一是…四是…四是 while a stray 三是 sat between (reported again)',
      text: '一是。四是。三是。四是',
    },
    {
      bug: 'enumeration-gap fix of 一是…四是…四是 let the stray 二是 三是 in: no fix is offered for a series with strays',
      text: '工作，一是甲。四是乙。二是丙。三是丁。力争1-一是戊。二是己。三是庚。四是辛。',
    },
    { bug: 'paste-artifact: removing the `?` before `\t下载` revealed a chrome line, reported again at the same place', text: '?\t下载\n' },
    {
      bug: 'enumeration-style-mixed fix turned 三要 of the series 一是…三要 into 三是要, which joined the 一要 series running across it (no fix for a series that is not settled)',
      text: '工作方面，一是抓好落实。干部队伍建设方面，一要加强作风建设。二要加强业务素质建设。三是要密切结合实际。三要加强工作作风建设。',
    },
    {
      bug: 'enumeration-style-mixed fix turned 四是 of 一要…二要…三是…四是 into 四要, which joined the 一是…二是…三要 series still waiting for its 四',
      text: '外贸方面，一是抓好出口。二是扩大进口。三要稳定外资。\n在企业队伍建设方面，一要赋予更多的企业经营权。二要加强与海关的协作。三是加强与银行的协作。四是加强与省级部门的联动。\n',
    },
    {
      bug: 'numbering-start fix of the mixed-width `１２3、` replaced only the ASCII 3 (`１２1、`, reported again): the numeral run takes full-width digits too',
      text: '云南省2006年商务工作计划\n１２3、云南省2006年商务工作计划\n',
    },
    {
      bug: 'numbering-duplicate fix of 34、…34、 renumbered to 1、记2.者…, whose glued `2.` then read as item 2 (a duplicate again): no fix is offered where a renumbered title holds its next number glued',
      text: '努力在国内外打造有影响力的品牌。发挥好网络在对外宣传上的作用。继续组织境外记者对山东进行专题采访。\n34、记2.者对山东进行专题采访。\n34、加',
    },
    {
      bug: 'the harness read the mixed-width fix of `１２l00万` as failing: the half-width digits then make `12l00` one number with a letter, another problem of the rule at the same place (the check now wants the same message)',
      text: '１２l00万',
    },
    {
      bug: 'renumber was not idempotent where a formal numeral marker (`伍、`) was renumbered: the fixed-point pass compared numerals without 壹…拾 or full-width digits, so it fell back to the first pass (it now reads numerals as the renumbering writes them, NUMERAL_RUN)',
      text: '：一定行政区域内各类生态系统在核算期内提供的所有生态产品的货币价值之和。\n24.VEP核算：特定地域单元内，针对生态资产及其所提供的生态产品，在市场化开发利用过程中的经济价值总和。\n25.应急管理高质量发展“2653”行动：聚焦生产安全事故持续下降、自然灾害损失不断减轻“两个目标”，推进本质安全提升、风险分级管控、隐患治理攻坚、监管执法提质、应急救援强基、调查评估优化“六项行动”，强化法规制度、人才队云南省2006年商务工作计划\n伍、科技信息、基层基础、宣教培训“五大体系”，落实加强组织领导、加强要素投入、加强考核督查“三条措施”。\n26.治安“三张图”：治安态势感知图、风险隐患图、可用资源图。\n相关报道：',
    },
    {
      bug: 'an excerpt whose first headings were levelled by the context (`4.` then `（一）`, in a context that nests （一） under 1.) gave （一） the parent `4.`, whose section had closed before it (a child outside its parent); the parent now runs on to its new child',
      text: '4.平稳有序。\n（一）指导思想。\n一、总体要求\n1.问题导向。\n2.开放融合。\n3.集约节约。\n（三）工作目标。\n二、试点范围\n',
    },
  ];
  for (const c of fixed) it(c.bug, () => checkDocument(c.text, { formatter: false }));
  it('the formatter removed a space from a line of 250 characters, the length from which a run-in heading on it is read (`　　（一）…` lost): edits that change the outline are left out', () =>
    checkDocument(
      '　　切实维护社会安全稳定。积极探索政府主导、社会参与的社会管理发展新机制。启动实施 推动文化体育事业发展。推进长征、黄河、长江等国家文化公园（四川段）建设。推进三星堆—金沙遗址系统性保护，持续开展考古发掘。加强历史文化名城名镇名村和传统村落保护传承。实施天府文艺名作高峰计划和文学、影视、舞台艺术、网络文艺精品工程。开展优质文化资源直达基层行动。开展全省第三轮修志工作。加强全民健身场地设施补短建设。推进国家级高质量户外运动目的地建设。办好国际乒联混合团体　　（一）狠抓投资和项目建设，全力以赴保增长\n世界杯、铁人三项世界杯、成都网球公开赛、第十五届省运会等重大赛事，持续培育“川超”等品牌赛事，争取更多世界级、国家级重大单项体育赛事落地四川。\n开展高质量参保行动，推进法定人群应保尽保。积极应对人口老龄化，全面实施长期护理保险制度，发放中度以上失能老年人养老服务消费补贴，推进居家社区养老服务提质扩容，推广“建枢纽带站点进家庭”模式。扩大职业伤害保障试点。持续开展全国加强困境儿童关爱服务试点。积极构建婚育友好型社会，深化婚俗改革，及时发放育儿补贴。加快建设省、市县托育综合服务中心，建成省级管理平台。推进社会救助“一件事”。全面推广“物质+服务”综合救助模式。\n“平安海拉尔”建设三年规划，全面深化平安城市创建工作。推进社会稳定风险评估，认真开展社会矛盾纠纷排查化解工作。进一步完善信访联席制度，组织开展好“大接访”活动，有效整顿信访秩序，及时妥善解决各类信访问题。健全突发公共事件预警和应急处置机制，提高防灾减灾和应对突发事件的能力。强化食品药品、道路交通、城市消防和生产经营等领域的安全工作，严格落实安全生产责任制，深入开展隐患排查专项治理，坚决遏止各类重特大事故的发生。\n\n　　（五）切实转变工作作风，全面加强政府自身建设\n\n　　2014年，政府工作任务十分繁重，对此，我们要有充分的思想准备。全体政府工作人员要以　　切实维护社会安全稳定。积极探索政府主导、社会参与的社会管理发展新机制。启动实施 “平安海拉尔”建设三年规划，全面深化平安城市创建工作。推进社会稳定风险评估，认真开展社会矛盾纠纷排查化解工作。进一步完善信访联席制度，组织开展好“大接访”活动，有效整顿信访秩序，及时妥善解决各类信访问题。健全突发公共事件预警和应急处置机制，提高防灾减灾和应对突发事件的能力。强化食品药品、道路交通、城市消防和生产经营等领域的安全工作，严格落实安全生产责任制，深入开展隐患排查专项治理，坚决遏止各类重特大事故的发生。\n\n　　（五）切实转变工作作风，全面加强政府自身建设\n\n　　2014年，政府工作任务十分繁重，对此，我们要有充分的思想准备。全体政府工作人员要以深入开展党的群众路线教育实践活动为总的抓手，以实施自治区“四大行动”、“六大工程”为切入点，切实转变思想作风、工作作风、纪律作风，全面提高工作执行力，以一往无前的精神，努力开创各项工作新局面。\n\n　　一要勇于担当。事业的发展需要能谋善断、敢于担当、勇于负责的干部。敢不敢担当，考验着干部的政治品质，敢于担当不是无知无畏的蛮干，而是一种风格和魅力，更是一种境界和魄力。敢不敢担当，考验着干部的工作能力，对待工作，我们要始终保持夙兴夜寐、寝食难安、奋发有为的进取状态。要切实解',
    ));
  it('an attachment label at the very start of a long line (`附件1？（一）…`, 250 characters or more) made the parser loop for ever (attachmentBefore searched back from -1, which is 0 again)', () => {
    // A loop never returns to mocha's timer: the CLI checks the text in a child process with a time limit first.
    const text = `附件1？（一）${'甲'.repeat(250)}。`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-loop-'));
    try {
      const file = path.join(dir, 'plan.txt');
      fs.writeFileSync(file, text);
      const r = spawnSync(process.execPath, [path.join(__dirname, '../../../dist/cli.js'), 'check', '--json', file], {
        timeout: 30_000,
        encoding: 'utf8',
      });
      assert.equal(r.signal, null, 'the check did not finish within 30 s');
      assert.ok(Array.isArray(JSON.parse(r.stdout)), r.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    checkDocument(text, { formatter: false });
  });
  it('the formatter’s later passes over an HTML view split a run-in heading after the tags, which changed the outline (fuzz seed 1163387392; the later passes of a view split nothing)', () =>
    checkDocument(
      ': justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）加强组织领导。</span>试: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）加强组织领导。</span>试点地区要高度重视政府网站集约化试点工作，按照本方案确定的原则目标、试点内容和工作进度，精心组织实施。试点地区政府办公厅（室）对政府网站集约化试点工作的统筹推进、组织协调和考核管理负总责，并指定专门机构具体负责集约化平台的建设运维工作。</p>',
    ));
  it('the formatter split a run-in heading of an HTML view by replacing the tags before it (blanks in the view) with a line break', () =>
    checkDocument(
      'align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）确定试点城市。</span><span style="font-family: 宋体;">试点城市由省级有关部门推荐，生态环境部会同国家发展改革委、工业和信息化部、财政部、自然资源部、住房城乡建设部、农业农村部、商务部、文化和旅游部、国家卫生健康委、国家统计局、国家邮政局等部门筛选确定。</span></p>',
    ));
});
