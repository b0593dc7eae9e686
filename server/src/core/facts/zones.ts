/**
 * Document zones: the review part of a plan (工作回顾, 过去一年…, a paragraph about last year) and
 * the plan part (工作安排, 重点任务, 主要目标…). Quantities of a review are facts whatever the verb;
 * quantities a task of the plan commits to are targets (docs/targets.md). Pure: headings, lines and
 * the plan year in, disjoint segments covering the whole text out.
 */
import { lowerBound, type DocumentModel, type Heading } from '../model/model';
import { toSimplified } from '../text/traditional';
import { isWhiteSpace } from '../text/chars';
import { cutParagraphTitle, wrappedLine, wrapWidth } from '../model/wrap';
import { FLAT_MIN, flattenedHeadTitle, isFlatLine } from '../model/flat';

export type ZoneKind = 'review' | 'plan' | 'none';

/** `[start, end)` of the text in one zone. Segments are disjoint, sorted and cover the text. */
export interface Zone {
  readonly start: number;
  readonly end: number;
  readonly kind: ZoneKind;
  /** The heading whose title opens the zone, when a heading does (for the outline's detail). */
  readonly heading: Heading | undefined;
}

/** The results of the work (`工作成效`, `工作及主要成果`), not their assessment (`工作成效考核`): REVIEW_TITLE and REVIEW_ANY_YEAR. */
const WORK_RESULTS = '工作(?:及|和|与)?(?:主要)?(?:成效|成果)(?![评考测])';
/**
 * How a body did its duties (`一、主要履职情况`, `2025年履职情况`, thirty-third blind set 690, form 710): the account of a year as
 * the title's first words; not a task that checks others' (`加强…履职情况监督`, `代表履职情况考核`).
 */
const DUTIES_DONE = '(?:依法)?履职情况(?![评考监督])';
/**
 * A year's report (`沁水县退役军人事务局2025年法治政府建设年度报告`, `2025年政府信息公开工作年度报告`, `2025年度法治政府建设工作报告`;
 * form 710): it reports on the year it names, a review where no part says otherwise; its plan part is for the next year. Not a
 * 政府工作报告 (`2026年政府工作报告` plans its year).
 */
export const YEARLY_REPORT =
  /(\d{4})\s*年(?:[^\d，。,]{0,24}?年度(?:工作)?[报報]告|度[^\d，。,]{0,24}?(?<!政府|政府的)(?:工作|情况|情況|建设|建設)[报報]告)\s*$/;
/**
 * Words of a heading title that make its section a review. The results of the work (`主要工作成效`, `2025年重要工作举措、主要工作成效`,
 * `工作及成效`) as the title's first words or after 、/和: a review whatever plan word it holds (twenty-ninth blind set, form 560), not a
 * task that builds on them (`巩固创建工作成果`, `提升监管工作成效`) nor their assessment (`工作成效考核`). `(一)发展基础`, `“十四五”时期发展基础` (a 规划纲要's account of where
 * the last period left things) as the title's first words: not a task that lays one (`夯实发展基础`), not 基础设施.
 */
const REVIEW_TITLE = new RegExp(
  `(?:^|[、和及与])(?:\\d{4}\\s*年度?)?(?:主要|重点|重要)?(?:${WORK_RESULTS}|${DUTIES_DONE})|` +
    /回顾|工作回忆|工作总结|总结$|工作情况|完成情况|进展情况|执行情况|开展情况|落实情况|推进情况|运行情况|主要成效|成绩|成就|过去(?:的)?(?:一年|五年|几年|\d年)|(?:一年|五年)来|以来|^(?:“?十[一二三四五六七八九]五”?(?:时期|期间)?的?)?(?:发展|工作)(?:基础(?!设施)|现状)/
      .source,
);
/** Words of a heading title that make its section a plan (with the plan year, or a later one). */
const PLAN_TITLE =
  /工作安排|工作计划|工作要点|工作任务|重点任务|主要任务|目标任务|主要目标|预期目标|发展目标|工作目标|总体目标|目标要求|今年工作|重点工作|主要工作|工作措施|主要措施|总体要求|总体思路|工作思路|保障措施|实施步骤|任务分工|行动目标|重点举措|重大举措|工作打算|下一步/;
const TITLE_YEAR = /(\d{4})\s*年/;
const UNTIL = /(?:到|至)\s*\d{4}/;
/** A document of the genre is a plan unless a part of it says otherwise. */
const PLAN_GENRE =
  /工作要点|工作要點|工作计划|工作計劃|工作安排|实施方案|實施方案|行动计划|行動計劃|行动方案|分工方案|实施意见|实施计划|工作方案|推进方案/;
/** A five-year or development plan (`…第十五个五年规划纲要`, `“十四五”发展规划`, `专项规划`): a plan, unless its title reviews or assesses one. */
const FIVE_YEAR_GENRE = /规划纲要|五年规划|发展规划|专项规划|“十[一二三四五六七八九]五”[^，。]{0,12}规划/;
/** A title that assesses a plan (`…规划中期评估报告`, `…规划实施情况`). */
const ASSESSMENT = /评估|实施情况|执行情况|进展/;
/**
 * Titles of a division of tasks (《政府工作报告》量化指标任务分工的通知, 重点工作责任分解, 2025年县政府工作报告任务清单): a plan, unless
 * the title reports on one (…任务分工落实情况).
 */
const DIVISION_GENRE = /任务分工|责任分解|任务分解|分解落实|部门分工|工作分工|任务清单|任務清單|责任清单|責任清單/;
/** Words of a report or a review (政府工作报告, 工作总结): such a document is no plan by default. */
const REPORT_GENRE = /报告|報告|总结|總結|回顾|回顧/;
/**
 * A 政府工作报告 the text carries out (`市工信局将进一步落实落细政府工作报告的工作部署`, `贯彻落实《政府工作报告》`, `根据政府工作报告`):
 * the report is what the plan implements, not the document's own genre (fifteenth blind set, form 210).
 */
const IMPLEMENTED_REPORT = /(?:落实|落實|贯彻|貫徹|根据|根據|按照|对照|對照)[^。！？!?，,；;\n]{0,6}?《?政府工作[报報]告/g;
/** Whether the opening names itself a report or a review, a report it carries out aside. */
function reportOpening(opening: string): boolean {
  if (!REPORT_GENRE.test(opening)) return false;
  // Checked only where a report word is there at all: the opening without the reports it carries out.
  return REPORT_GENRE.test(opening.replace(IMPLEMENTED_REPORT, '').replace(PAPERS_OF_A_TASK, ''));
}
/**
 * Reports a task handles (`环境影响报告表`, `环评报告书14个工作日内完成审批`, `可行性研究报告`): papers a plan's measures speak of,
 * not the document's own genre (twenty-fourth blind set 620, form 422).
 */
const PAPERS_OF_A_TASK = /[报報]告[书書表]|(?:环境影响|環境影響|环评|環評|可行性研究|可研|评估|評估|审计|審計|检测|檢測)[报報]告/g;

/**
 * A paragraph that opens a review (过去一年, “十四五”以来, 回顾过去…) when no heading decides; it
 * runs until a paragraph that opens the plan (今年是…, 今年…主要预期目标, 做好今年…) or a heading
 * that decides.
 */
const REVIEW_OPENER =
  /^[\s\u3000]*(?:各位代表[，,！!：:]?\s*)?(?:过去(?:的)?(?:一年|五年|几年|\d年)|刚刚过去的(?:一年|五年)|一年来|五年来|今年以来|“十[一二三四五六七八九]五”(?:时期|期间)?以来|“十[一二三四五六七八九]五”(?:时期|期间)?，|回顾(?:过去|“|\d{4}年))/;
/** A paragraph about last year (`2025年，…`, `去年，…`, `去年以来，…`): a review of that paragraph only. */
const REVIEW_PARAGRAPH =
  /^[\s\u3000]*(?:\d{4}\s*年(?:以来)?[，,]|\d{4}\s*年(?:全年)?(?:全省|全市|全区|全县|全州|全镇|全乡|我省|我市|我区|我县|我镇)|去年(?:以来)?[，,]|上年[，,]|[这這]一年[，,]|(?:截至|截止)(?:目前|\d{4}\s*年)|[预預][计計]\d{4}\s*年(?![底末]?前))/;
const PLAN_OPENER =
  /^[\s\u3000]*(?:各位代表[，,！!：:]?\s*)?(?:下一?步(?:[，,：:]|工作|打算|计划|将|我们|要)|今年是|今年(?:的)?(?:政府)?工作|今年(?:全省|全市|全区|全县|我省|我市|我区)?(?:经济社会)?(?:发展)?(?:的)?主要(?:预期)?目标|(?:今后|未来)五年|展望(?:\d{4}\s*年|新的一年|今年|明年)|做好今年|做好\d{4}年|(?:\d{4})\s*年(?:是|的?工作安排|的?主要(?:预期)?目标|工作的总体要求))/;
/** A paragraph opening with a five-year period (`“十五五”时期`, `“十四五”期间，`), not one since it (以来). */
const FIVE_YEAR_OPENER = /^[\s\u3000]*(?:各位代表[，,！!：:]?\s*)?“十([一二三四五六七八九])五”(?:时期|期间)?(?!时期|期间|以来)/;
const OPENER_YEAR = /^[\s\u3000]*(?:各位代表[，,！!：:]?\s*)?(?:回顾|截至|截止|[预預][计計])?(\d{4})\s*年/;
/** First characters (after blanks) of a line either opener can match: lines that start otherwise are skipped. */
const OPENER_FIRST = new Set('各过刚過剛一五“回0123456789去上截今做未展这這预預下前第');
/**
 * Who says it, before a review opener of a report or a news text (`据市商务委负责人介绍，去年，…`,
 * `李克强在政府工作报告中介绍，过去一年…`): the words after it decide as a paragraph's first words do.
 */
const LEAD =
  /^[\s\u3000]*(?:(?:[据據]|(?:记者|記者)?[从從])[^，,。；;：:]{0,16}?(?:介[绍紹]|表示|透露|[称稱]|悉|了解|[统統][计計])|[^，,。；;：:据據]{2,20}?(?:介[绍紹]|指出|表示))[，,]\s*/;
/** Some word of LEAD's ends (in either script; toSimplified leaves some characters): without one, LEAD cannot match. */
const LEAD_WORD = /介[绍紹]|指出|表示|透露|[称稱悉]|了解|[统統][计計]/;

const FUTURE_ACHIEVEMENT =
  /(?:取得|创造|再创|争创|确保|力争|实现)[^，。；]{0,6}(?:成绩|成就|成效)|(?:新|更大|更好|更多)的?(?:成绩|成就|成效)/g;

/** What a heading's own title says: review, plan, or nothing. */
export function titleZone(written: string, year: number | undefined): ZoneKind {
  const title = toSimplified(written);
  // (Each regex runs only when the title holds a character all its matches hold: 年, 成, 五.)
  const y = title.includes('年') ? TITLE_YEAR.exec(title) : null;
  const until = y !== null && UNTIL.test(title);
  // `确保民生工作取得新成绩`: an achievement to come is no review (under a review heading it inherits one).
  const said = title.includes('成') ? title.replace(FUTURE_ACHIEVEMENT, '') : title;
  if (reviewSaid(said) && !(y && year !== undefined && Number(y[1]) >= year && !REVIEW_ANY_YEAR.test(title))) return 'review';
  if (y && year !== undefined && !until) {
    // `编制2025年度温室气体排放清单`, `开展2025年重点用能单位…考核` (blind form 412): a task led by its verb works on an earlier
    // year's matters this year; the year names what it works on, not the part.
    if (Number(y[1]) < year) return TASK_VERB_START.test(title) ? 'none' : 'review';
    // `2011年上半年…` in a plan for the second half: a part of the plan year already over.
    if (Number(y[1]) === year && PAST_PART.test(title) && !PLAN_TITLE.test(title) && !/计划|計劃|安排|打算/.test(title)) return 'none';
    if (PLAN_TITLE.test(title) || Number(y[1]) >= year) return 'plan';
  }
  if (PLAN_TITLE.test(title)) return 'plan';
  // “十五五”时期…: the five-year period holds the plan year or comes later (a plan), or it is over (a review).
  const p = title.includes('五') ? FIVE_YEAR.exec(title) : null;
  if (p && year !== undefined) return fiveYearStart(p[1]) + 4 >= year ? 'plan' : TASK_VERB_START.test(title) ? 'none' : 'review';
  return 'none';
}
const FIVE_YEAR = /“?十([一二三四五六七八九])五”?/;
/** Review words that make a title a review of the year it names even when that is the plan year (`2025年工作总结`, `2025年主要工作成效`). */
const REVIEW_ANY_YEAR = new RegExp(`回顾|回忆|总结|情况|${WORK_RESULTS}`);
/** The verbs a task's title opens with (titleZone: its year is no part's). */
const TASK_VERB_START =
  /^(?:编制|编报|开展|完成|实施|推进|组织|做好|抓好|加快|落实|制定|修订|启动|召开|举办|申报|深化|加强|健全|建立|建设|配合|协助|督促|指导|审核|核查|发布|评选|认定|兑现|拨付|下达|分解)/;
/**
 * A numbered paragraph of a notice that asks for a report (`二、各有关部门要…及时将…进展情况报送…`,
 * `三、国办将…定期梳理汇总落实情况`): the 情况 it names is to come, not a review. Only in a sentence
 * (a title with a comma) after 要/将/应/须/请 (not 主要, 重要, 需要, 要求, 要点).
 */
const INSTRUCTION = /(?<![主重需纪])要(?![求点素])|将|应|须|请/;

/** Whether a title's words make its part a review: a review word not asked for by an instruction before it. */
function reviewSaid(said: string): boolean {
  const review = REVIEW_TITLE.exec(said);
  if (!review) return false;
  if (!/[，,]/.test(said)) return true;
  const asked = INSTRUCTION.exec(said);
  return !asked || asked.index > review.index;
}
/** Words that look ahead: a paragraph holding one does not go on reporting last year's results. */
const AHEAD =
  /今年|明年|新的一年|将|要|力争|确保|预期|目标|计划|预计|争取|年内|下一步|下半年|今后|未来|拟|力爭|確保|預期|目標|計劃|預計|爭取|將/;
/** Words of reported results: a value with its growth (`7933.0亿元，增长11.0%`), 同比, 实现了, 正增长, a comparison with the nation's figure. */
const RESULTS =
  /\d[\d.]*\s*(?:万|亿|億)?(?:元|美元|吨|噸|个|個|家|人|户|戶)[，,]\s*(?:同比)?(?:增长|增長|下降)\s*-?\d|同比|实现了|實現了|完成了|正增长|正增長|负增长|負增長|[（(]全[国國]|累[计計](?:培育|建成|交付|完成|新增|认定|認定)[^，,。；;]{0,12}\d|取得(?:了)?(?:阶段性|階段性|新的?|显著|顯著|积极|積極|明显|明顯|重要)?(?:成果|成效|突破|进展|進展)/;
/** `预计全年…` after a paragraph about last year estimates that year (form 290): no look ahead. */
const WHOLE_YEAR_ESTIMATE = /[预預][计計]全年/g;

/**
 * Whether a paragraph reads as more results of last year: a result's words (RESULTS: also `累计培育421家`, `取得新突破`,
 * form 290), none that look ahead (AHEAD; `预计全年`, the estimate of the year reported on, aside).
 */
function reportsResults(paragraph: string): boolean {
  return RESULTS.test(paragraph) && !AHEAD.test(paragraph.replace(WHOLE_YEAR_ESTIMATE, ''));
}

/**
 * A sentence inside a paragraph, or the paragraph's first (`截至2月20日，全省220个在建…`, form 201), that reports the
 * results so far (`开年以来，`, `截至目前，`, `截止6月底，`).
 */
const SO_FAR =
  /(?:^|[。；;！!？?])\s*(?:开年以来|今年以来|年初以来|(?:截至|截止)\s*(?:目前|\d{1,2}\s*月(?:底|末|份)?|\d{1,2}\s*月\s*\d{1,2}\s*日)|在?回[顾顧]\d{4}\s*年[^，,。；;]{0,24}?时)[，,]/;
/**
 * A sentence that measures what is done against the year's plan (`上半年…预计完成投资1298亿元,占年度计划的59%`, form 242):
 * results so far, as SO_FAR's, unless it strives (力争, 确保…: `力争上半年完成…，占全年计划的60%` is an aim).
 */
const PROGRESS = /(?:^|[。；;！!？?])[^。；;！!？?]*?占(?:年度|全年|年)计划(?:任务)?的\s*\d/;
const STRIVING = /力争|确保|争取|力爭|確保|爭取|将|將|拟|擬|目标|目標/;
/** Whether 年计划, 年度计划 or 全年计划 starts at `i` (after 占: PROGRESS's gate, read by char codes). */
function planAfter(text: string, i: number): boolean {
  let j = i;
  if (text.charCodeAt(j) === 0x5168 /* 全 */) j++;
  if (text.charCodeAt(j) !== 0x5e74 /* 年 */) return false;
  j++;
  if (j === i + 1 && text.charCodeAt(j) === 0x5ea6 /* 度 */) j++;
  return text.charCodeAt(j) === 0x8ba1 /* 计 */ && text.charCodeAt(j + 1) === 0x5212; /* 划 */
}
function progressSentence(line: string): RegExpExecArray | null {
  const m = PROGRESS.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length);
  const end = rest.search(/[。；;！!？?]/);
  return STRIVING.test(m[0] + (end < 0 ? rest : rest.slice(0, end))) ? null : m;
}
/** A later sentence that turns to what comes next (`下一步，`, `下半年，…`). */
const NEXT_WORDS = '(?:下一步|下半年|下阶段|接下来|今后)';
const NEXT = new RegExp(`[。；;！!？?]\\s*${NEXT_WORDS}`);
/** NEXT's words opening a sentence. */
const NEXT_START = new RegExp(`^\\s*${NEXT_WORDS}`);

/**
 * The part of the line `[from, to)` that reports results so far (SO_FAR up to a sentence that turns
 * to what comes next, or the line's end), or undefined. Every word of SO_FAR holds 以来, 截 or 回顾
 * (`…作政府工作报告。在回顾2015年和“十二五”工作时，贾建刚说：2015年，…全年实现生产总值83.91亿元`: a news report's review).
 */
function soFarWithin(text: string, from: number, to: number): [number, number] | undefined {
  let i = from;
  for (
    let c: number;
    i < to &&
    (c = text.charCodeAt(i)) !== 0x622a /* 截 */ &&
    !(c === 0x4ee5 /* 以 */ && text.charCodeAt(i + 1) === 0x6765) &&
    !(c === 0x56de /* 回 */ && (text.charCodeAt(i + 1) === 0x987e || text.charCodeAt(i + 1) === 0x9867)) /* 顾顧 */ &&
    !(c === 0x5360 /* 占 */ && planAfter(text, i + 1));
    /* 来 */ i++
  );
  if (i >= to) return undefined;
  const line = text.slice(from, to);
  const m = SO_FAR.exec(line) ?? progressSentence(line);
  if (!m) return undefined;
  // (After the sentence mark; at the paragraph's start, from there.)
  const start = m.index === 0 && !/^[。；;！!？?]/.test(m[0]) ? 0 : m.index + 1;
  const next = NEXT.exec(line.slice(start));
  return [from + start, next ? from + start + next.index + 1 : to];
}

/** A review's title that names a plan after it (`“十四五”时期发展成就和“十五五”时期主要目标任务`). */
function combinedTitle(written: string): boolean {
  const title = toSimplified(written);
  const review = REVIEW_TITLE.exec(title);
  if (!review) return false;
  const plan = PLAN_TITLE.exec(title.slice(review.index + review[0].length));
  return plan !== null && /[和及与暨]/.test(title.slice(review.index + review[0].length).slice(0, plan.index + 1));
}

/** Whether the paragraph `[from, to)` opens with `今年以来` (or `今年以來`) after blanks. */
function thisYearSoFar(text: string, from: number, to: number): boolean {
  from = pastDecoration(text, from, to);
  return text.startsWith('今年以', from) && (text[from + 3] === '来' || text[from + 3] === '來');
}

/**
 * Whether the paragraph `[from, to)` opens with the plan year and a comma (`2024年，`, `2024年,`), holds a word of
 * aims (AIM: 目标, 力争, 计划完成…) and no 同比: the year's aims, after a paragraph of its results so far.
 */
function planYearAhead(text: string, from: number, to: number, year: number): boolean {
  from = pastDecoration(text, from, to);
  const y = String(year);
  if (!text.startsWith(y, from)) return false;
  let i = from + 4;
  while (text.charCodeAt(i) === 32) i++;
  if (text[i] !== '年' || (text[i + 1] !== '，' && text[i + 1] !== ',')) return false;
  const rest = text.slice(i + 2, to);
  return AIM.test(rest) && !rest.includes('同比');
}
/**
 * Words of a year's aims (not AHEAD's 要/今年: `完成年度计划投资的31.7%` reports progress, `计划完成投资1460亿元` aims).
 * Either script (the paragraph is read as written).
 */
const AIM = /目标|目標|力争|力爭|确保|確保|争取|爭取|(?:计划|計劃)(?:完成|新|实施|實施|建设|建設)|将|將/;

/** The parts of a year that are over by the time a plan for the rest of it is written. */
const PAST_PART = /\d{4}\s*年(?:度)?(?:上半年|一季度|第一季度|前三季度|1[-—～~至]6月|一至六月)/;

/**
 * A short line that is a title the outline did not take as a heading (`20XX年工作回顾` without a
 * number, `一、一季度工作总结`): what its words say, as a heading's title would. A combined title
 * (`…工作总结和…工作计划`) says nothing.
 */
export function titleLineZone(line: string, year: number | undefined): ZoneKind {
  const t = toSimplified(line.trim());
  if (t.length < 4 || t.length > 24 || TITLE_LINE_STOP.test(t)) return 'none';
  // A title says what its part is in words (回顾, 工作安排…): a year or a date alone (`2024年9月30日`) is none.
  const review = REVIEW_TITLE.test(t);
  if (!review && !PLAN_TITLE.test(t)) return 'none';
  if (review && /计划|計劃|安排|打算|要点|要點/.test(t)) return 'none';
  return titleZone(t, year);
}
const TITLE_LINE_STOP = /[，。；：,;:！？!?]/;
const CN_DIGIT = '一二三四五六七八九';
/** The first year of the five-year period 十N五, N its numeral 一…九 (`十一五` 2006, `十四五` 2021, `十五五` 2026); it ends four years on. */
export function fiveYearStart(numeral: string): number {
  return 2006 + 5 * CN_DIGIT.indexOf(numeral);
}

/** Whether the words from `from` to `to` can open a zone (openerZone's gate): their first character after blanks is one of OPENER_FIRST. */
function mayOpen(text: string, from: number, to: number): boolean {
  let i = from;
  for (let c = text.charCodeAt(i); i < to && (c === 32 || c === 0x3000 || c === 9); c = text.charCodeAt(++i));
  return i < to && OPENER_FIRST_CODES.has(text.charCodeAt(i));
}
const OPENER_FIRST_CODES = new Set([...OPENER_FIRST].map((c) => c.charCodeAt(0)));

/** Whether the words from `from` to `to` can start with a LEAD: a comma within its first 24 characters, one of LEAD's words before it. */
function mayLead(text: string, from: number, to: number): boolean {
  const end = Math.min(to, from + 24);
  let k = from;
  for (let c = text.charCodeAt(k); k < end && c !== 0xff0c && c !== 0x2c; c = text.charCodeAt(++k));
  return k < end && LEAD_WORD.test(text.slice(from, k));
}

/** What a paragraph's first words say (where mayOpen holds): a review opener, a plan opener, a review of this paragraph only ('line'), or nothing. */
function openerZone(written: string, year: number | undefined): ZoneKind | 'line' {
  const line = toSimplified(written);
  // `“十五五”时期是…` in a 2026 report opens the plan of the five years to come; a period over is a review.
  const p = line.includes('五') ? FIVE_YEAR_OPENER.exec(line) : null;
  if (p && year !== undefined) {
    const first = fiveYearStart(p[1]);
    if (first >= year) return 'plan';
    if (first + 4 < year) return 'review';
  }
  const y = OPENER_YEAR.exec(line);
  if (PLAN_OPENER.test(line)) {
    if (y && year !== undefined && Number(y[1]) < year) return 'review';
    return 'plan';
  }
  if (REVIEW_OPENER.test(line)) {
    // `2026年，` in a 2026 plan opens the plan's own year; only an earlier year is a review.
    if (y && (year === undefined || Number(y[1]) >= year)) return 'none';
    return 'review';
  }
  if (REVIEW_PARAGRAPH.test(line)) return y && (year === undefined || Number(y[1]) >= year) ? 'none' : 'line';
  // `一季度,全区完成固定资产投资25.36亿元,同比增长16.3%,…` (thirty-fourth blind set 699, form 731): a part of the year over, with what
  // it is compared with and no commitment, reports that part's results (a schedule, `一季度,完成项目储备`, compares nothing).
  if (PERIOD_OPENER.test(line) && PERIOD_COMPARED.test(line) && !PERIOD_AHEAD.test(line)) return 'line';
  return 'none';
}
/** A paragraph opening with a part of the year (`一季度,`, `前三季度,`, `上半年,`, `1-3月,`). */
const PERIOD_OPENER =
  /^[\s\u3000]*(?:今年)?(?:第?一季度|前三季度|上半年|1\s*[-—～~至到]\s*\d{1,2}\s*月|一至[二三四五六七八九十]{1,2}月)(?:份)?[，,]/;
/** A comparison with the year before (同比, 较上年同期). */
const PERIOD_COMPARED = /同比|较上年同期|比上年同期|较去年同期|比去年同期/;
/** Words of a commitment or a forecast: PERIOD_OPENER's paragraph then speaks of what is to come. */
const PERIOD_AHEAD = /力争|确保|预计|预期目标为|将|要|计划|目标[：:是为]/;

/**
 * What a line's first words (`[from, to)`) open: a paragraph opener's zone (openerZone) or a review
 * opener after a lead (ledZone), each read only when its gate (mayOpen, mayLead) lets it match.
 */
function lineOpener(text: string, from: number, to: number, year: number | undefined): ZoneKind | 'line' {
  from = pastDecoration(text, from, to);
  if (mayOpen(text, from, to)) return openerZone(text.slice(from, to), year);
  if (mayLead(text, from, to)) return ledZone(text.slice(from, to), year);
  const c = text.charCodeAt(from);
  // `会议对2025年招商引资三项重点工作进行了总结复盘。一是…` (blind form 492): a meeting's report of an earlier year's work.
  if (c === 0x4f1a /* 会 */ || c === 0x6703 /* 會 */) {
    const line = toSimplified(text.slice(from, to));
    const m = year !== undefined ? MEETING_REVIEW.exec(line) : null;
    if (m && Number(m[1] ?? m[2]) < year!) return 'line';
    // `会议强调,要以…作为工作总抓手,…全年联合举办1-2场…` (blind form 493): what a meeting asks for is the plan (not
    // `会议强调,过去一年…`, a look back, nor an earlier year named first).
    if (MEETING_PLAN.test(line)) {
      const y = /^[^。；]{0,12}?(\d{4})\s*年/.exec(line);
      if (!REVIEW_AFTER_CUE.test(line) && (!y || year === undefined || Number(y[1]) >= year)) return 'plan';
    }
  }
  // `报告回顾了2024年的工作,…` then `报告提出了2025年目标任务和重点工作。` (blind form 530): a press report of a report says
  // where its review and its plan begin.
  if (c === 0x62a5 /* 报 */ || c === 0x5831 /* 報 */) {
    const line = toSimplified(text.slice(from, to));
    const r = REPORT_REVIEWS.exec(line);
    if (r && (r[1] === undefined || year === undefined || Number(r[1]) < year)) return 'review';
    const p = REPORT_PLANS.exec(line);
    if (p && (p[1] === undefined || year === undefined || Number(p[1]) >= year)) return 'plan';
  }
  return 'none';
}
/** A report of a report that turns to its review (`报告回顾了2024年的工作`, `报告回顾了过去五年的工作`). */
const REPORT_REVIEWS = /^报告(?:回顾|总结)了(?:(\d{4})\s*年|过去(?:的)?(?:一年|五年))/;
/**
 * …and to its plan (`报告提出了2025年目标任务和重点工作`; `报告明确,今年将继续…办好“十件民生实事”`, thirty-third blind set 696, form 722:
 * this year, not the year so far, `今年以来`).
 */
const REPORT_PLANS = /^报告(?:提出|部署|明确)了?(?:[，,：:]\s*)?(?:(\d{4})\s*年|今年(?!以来))/;
/** A meeting's call for the work ahead (`会议强调，要…`, `会议要求，…`). */
const MEETING_PLAN = /^会议(?:强调|要求|部署|明确)[，,：:]?\s*(?:要|各|全|今年|\d{4}\s*年)/;
/** …unless it looks back (`会议强调，过去一年…`). */
const REVIEW_AFTER_CUE = /^会议[^，,：:]{2,4}[，,：:]?\s*(?:过去|一年来|五年来|去年|上年)/;
/** A meeting's paragraph that sums up a year's work (`会议对2025年…进行了总结`, `会议总结了2025年…工作`). */
const MEETING_REVIEW = /^会议(?:(?:总结|回顾|盘点)了(\d{4})\s*年|对(\d{4})\s*年[^。；]{0,30}?(?:总结|回顾|盘点|复盘))/;

/**
 * Past the pictographs a social-media copy sets before a paragraph (`🌈2023年，…`, `🎯展望2024年，…`):
 * emoji, their variation selector and joiner (blanks too). The words after them open a zone as a
 * paragraph's first words do.
 */
function pastDecoration(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.codePointAt(i)!;
    if (c === 32 || c === 0x3000 || c === 9 || c === 0xfe0f || c === 0x200d) i++;
    else if (c > 0xffff && PICTOGRAPH.test(String.fromCodePoint(c))) i += 2;
    else if (c >= 0x2600 && c <= 0x27bf) i++;
    else break;
  }
  return i;
}
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * A paragraph that announces what follows with a colon (`…，以下是2023年工作回顾：`, `…主要工作和成效如下：`):
 * its last clause read as a title (titleZone) opens that part, a review or a plan. Only a clause of
 * 4–24 characters after the paragraph's last mark, ending the paragraph with the colon.
 */
function announcedZone(text: string, from: number, to: number, year: number | undefined): ZoneKind {
  let e = to;
  while (e > from && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e <= from || (text.charCodeAt(e - 1) !== 0xff1a && text.charCodeAt(e - 1) !== 58)) return 'none';
  let b = e - 1;
  while (b > from && !/[，,。；;！!？?：:]/.test(text[b - 1])) b--;
  const clause = toSimplified(text.slice(b, e - 1).trim());
  if (clause.length < 4 || clause.length > 24) return 'none';
  // `…，现将有关事项通知如下：`: only a clause that names a review or a plan in a title's words.
  if (!REVIEW_TITLE.test(clause) && !PLAN_TITLE.test(clause)) return 'none';
  return titleZone(clause, year);
}

/** A review opener after a lead (LEAD): a review, or a review of this paragraph only ('line'); plan openers are not read there. */
function ledZone(written: string, year: number | undefined): ZoneKind | 'line' {
  const line = toSimplified(written);
  const lead = LEAD.exec(line);
  if (!lead) return 'none';
  const rest = line.slice(lead[0].length);
  const y = OPENER_YEAR.exec(rest);
  if (y && (year === undefined || Number(y[1]) >= year)) return 'none';
  if (REVIEW_OPENER.test(rest)) return 'review';
  if (REVIEW_PARAGRAPH.test(rest)) return 'line';
  // `据悉，在我区各级商务部门的共同努力下，去年商务工作取得…` (form 203): after who says it and how it came about
  // (`在…下，`), 去年 as the sentence's time makes the paragraph last year's (not `去年同期`, a comparison).
  return LED_LAST_YEAR.test(rest) ? 'line' : 'none';
}
const LED_LAST_YEAR = /^(?:在[^，,。；;]{2,30}下[，,]\s*)?去年(?!同期|同比)/;

/** Where the sentence from `from` ends in `[from, to)`: after its 。！？!? (and a closing quote after it), or `to`. */
function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      let e = i + 1;
      while (e < to && (text.charCodeAt(e) === 0x201d || text.charCodeAt(e) === 0x2019)) e++;
      return e;
    }
  }
  return to;
}

/**
 * Whether line `l` joins paragraphs, as a flattened copy does: no other line is a paragraph of its own, or the line
 * holds a blank after a sentence's end or a colon (`…通知如下: 一、…`), or a heading that starts inside it.
 */
function joinsParagraphs(model: DocumentModel, l: number): boolean {
  const { text, lines, headings } = model;
  const { start, end } = lines[l];
  if (!paragraphElsewhere(model, l)) return true;
  JOIN.lastIndex = start;
  const m = JOIN.exec(text);
  if (m && m.index < end) return true;
  for (let h = lowerBound(headings, (x) => x.start, start); h < headings.length && headings[h].start < end; h++)
    if (text.slice(start, headings[h].start).trim() !== '') return true;
  return false;
}
const JOIN = /[。！？!?；;：:][ \u3000\t]/g;
/** Whether a line other than `l` is a paragraph of its own (80 characters or more, with a sentence's end). */
function paragraphElsewhere(model: DocumentModel, l: number): boolean {
  const { text, lines } = model;
  for (let k = 0; k < lines.length; k++) {
    if (k === l || lines[k].end - lines[k].start < 80) continue;
    const s = text.slice(lines[k].start, lines[k].end);
    if (s.includes('。') || s.includes('！') || s.includes('？')) return true;
  }
  return false;
}

/**
 * The document's title as its zones and its plan year read it: its title line, or in a flattened copy the title read from
 * the start of the line (before the first heading). A cut piece of a wrapped paragraph is no title (cutParagraphTitle).
 */
export function documentTitleText(model: DocumentModel): string | undefined {
  return model.title && !cutParagraphTitle(model)
    ? model.title.text
    : flattenedHeadTitle(model.text, model.headings[0]?.start ?? model.text.length);
}

/**
 * The zones of a document. A heading decides for its section (its own title, else its parent's,
 * else — at the top level — the previous top-level section of the same numbering context, so the
 * parts after 三、2026年工作安排 stay in the plan). Where no heading decides, paragraphs that open a
 * review or a plan do; a document titled as a plan (工作要点, 实施方案…) is a plan elsewhere.
 */
export function documentZones(model: DocumentModel, year: number | undefined): Zone[] {
  const { text, headings, lines } = model;
  const titleText = documentTitleText(model);
  const documentTitle = titleText ? toSimplified(titleText) : '';
  let fallback: ZoneKind =
    PLAN_GENRE.test(documentTitle) ||
    ((DIVISION_GENRE.test(documentTitle) || FIVE_YEAR_GENRE.test(documentTitle)) &&
      !REVIEW_TITLE.test(documentTitle) &&
      !ASSESSMENT.test(documentTitle))
      ? 'plan'
      : 'none';
  // A document titled as a review (`2022年工作总结`, `20XX年工作回顾`) or a year's report (`…2025年法治政府建设年度报告`, form
  // 710) is one where no part says otherwise.
  if (fallback === 'none' && titleText && (titleLineZone(titleText, year) === 'review' || YEARLY_REPORT.test(documentTitle)))
    fallback = 'review';
  // The zone each heading decides (none when it does not), in document order.
  const decided = new Map<Heading, ZoneKind>();
  // What each title says by itself, read once.
  const own: ZoneKind[] = headings.map((h) => titleZone(h.title, year));
  const previousRoot = new Map<number, ZoneKind>();
  let lastRoot: ZoneKind = 'none';
  for (const h of headings) {
    let z = own[h.index];
    // An attachment's lists (民生实事) continue the part the main text ended in.
    if (z === 'none') z = h.parent ? (decided.get(h.parent) ?? 'none') : (previousRoot.get(h.context) ?? lastRoot);
    decided.set(h, z);
    if (!h.parent) {
      previousRoot.set(h.context, z);
      lastRoot = z;
    }
  }
  // A document that calls itself neither a plan nor a report, and that no heading divides into a
  // review, is what the tool is given: a plan (seed 003 has no title line at all).
  if (fallback === 'none' && ![...decided.values()].includes('review') && !reportOpening(text.slice(0, 400))) fallback = 'plan';
  // `2019年度工作总结及2020年度工作计划` (blind form 511): a document titled as a review and then a plan reviews first, so
  // where nothing decides before its first plan part the text is a review (a page that holds only the 总结); after that part,
  // a plan.
  let reviewFirst = documentTitle !== '' && combinedTitle(documentTitle);
  if (reviewFirst) fallback = 'review';
  const out: Zone[] = [];
  const push = (start: number, end: number, kind: ZoneKind, heading: Heading | undefined) => {
    if (end <= start) return;
    if (reviewFirst && kind === 'plan') {
      reviewFirst = false;
      fallback = 'plan';
    }
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.end === start && !heading)
      out[out.length - 1] = { start: last.start, end, kind, heading: last.heading };
    else out.push({ start, end, kind, heading });
  };
  // Whether line `l` goes on with a hard-wrapped paragraph begun on the line before, inside the segment from `from`.
  const wrap = wrapWidth(model);
  // (A heading's line neither wraps nor is wrapped into: it opens its part.)
  const headingLine = new Uint8Array(wrap ? lines.length : 0);
  if (wrap) for (const x of headings) headingLine[x.line] = 1;
  const goesOn = (l: number, from: number) =>
    wrap !== undefined && l > 0 && lines[l - 1].start >= from && !headingLine[l - 1] && !headingLine[l] && wrappedLine(model, l - 1, wrap);
  // A line that holds most of a document of some length is a flattened copy (a scrape that lost
  // its paragraph breaks): its sentences stand for the paragraphs.
  // A single long paragraph of a short text whose other paragraphs have lines of their own (636:3, 521 of 865 characters)
  // is no copy: such a line must hold the joins of paragraphs too, a blank after a sentence's end or a heading inside it.
  // (Worked out once per line: a flattened copy's one line holds many headings, so it is asked of once per segment.)
  const joins = new Map<number, boolean>();
  const flatLine = (l: number) => {
    if (!isFlatLine(lines[l].end - lines[l].start, text.length)) return false;
    let j = joins.get(l);
    if (j === undefined) joins.set(l, (j = joinsParagraphs(model, l)));
    return j;
  };
  // Whether a flattened line's paragraphs were joined with blanks (a sentence end and a blank in it: JOIN), worked out once.
  const blanks = new Map<number, boolean>();
  const blankJoined = (l: number) => {
    let b = blanks.get(l);
    if (b === undefined) {
      JOIN.lastIndex = lines[l].start;
      const m = JOIN.exec(text);
      blanks.set(l, (b = m !== null && m.index < lines[l].end));
    }
    return b;
  };
  // Segments between heading starts; inside an undecided one, the paragraphs' openers.
  let line = 0;
  // The segments no heading decided (runs of them that meet are one part): flattenedTitles reads there.
  const undecided: [number, number][] = [];
  let carried: ZoneKind = 'none';
  // The zone the last title line opened (until a heading decides).
  let titled: ZoneKind = 'none';
  const titleLine = model.title ? model.title.line : -1;
  for (let i = -1; i < headings.length; i++) {
    const h = i >= 0 ? headings[i] : undefined;
    const from = h ? h.start : 0;
    const to = i + 1 < headings.length ? headings[i + 1].start : text.length;
    const z = h ? decided.get(h)! : 'none';
    const opensZone = h !== undefined && own[h.index] !== 'none';
    if (z !== 'none' && !(h && z === 'review' && combinedTitle(h.title))) {
      push(from, to, z, opensZone ? h : undefined);
      carried = 'none';
      titled = 'none';
      continue;
    }
    if (z !== 'none') {
      // `二、“十四五”时期发展成就和“十五五”时期主要目标任务`: a review, until a paragraph opens the plan.
      while (line + 1 < lines.length && lines[line + 1].start <= from) line++;
      let at = from;
      let kind: ZoneKind = 'review';
      for (let l = line; l < lines.length && lines[l].start < to; l++) {
        const ls = Math.max(lines[l].start, from);
        if (ls === from || goesOn(l, from)) continue;
        const o = lineOpener(text, ls, Math.min(lines[l].end, ls + 40), year);
        if ((o !== 'plan' && o !== 'review') || o === kind) continue;
        push(at, ls, kind, at === from ? h : undefined);
        at = ls;
        kind = o;
      }
      push(at, to, kind, at === from ? h : undefined);
      carried = 'none';
      titled = 'none';
      continue;
    }
    // Undecided: paragraphs decide, a review opener lasting until a plan opener or a decided heading.
    undecided.push([from, to]);
    while (line + 1 < lines.length && lines[line + 1].start <= from) line++;
    let at = from;
    // In a document of the genre, a heading ends a review that paragraphs opened (not one a title line opened).
    let kind: ZoneKind = fallback === 'plan' ? titled : carried;
    // Whether the last paragraph was one about last year (a 'line' review) or went on from one.
    let lastWasLine = false;
    // Whether the last line was pushed as such a review (a wrapped paragraph's next line goes on with it).
    let lineReview = false;
    // Whether the last sentence of a flattened line reported the results so far to its end (soFarWithin).
    let soFarOn = false;
    // Whether the review under way was opened by `今年以来，` (the plan year so far: planYearAhead can end it).
    let sinceThisYear = false;
    for (let l = line; l < lines.length && lines[l].start < to; l++) {
      const lineEnd = Math.min(lines[l].end, to);
      // A flattened copy (flatLine): each sentence is read as a paragraph would be.
      const flat = flatLine(l);
      let le: number;
      for (let ls = Math.max(lines[l].start, from), first = true; first || ls < lineEnd; ls = le, first = false) {
        // (The heading the segment starts with is a unit of its own: its title ends no sentence.)
        le = !flat
          ? lineEnd
          : first && h && h.line === l && h.titleEnd > ls && h.titleEnd < lineEnd
            ? h.titleEnd
            : sentenceEnd(text, ls, lineEnd);
        // A later line of a hard-wrapped paragraph (model/wrap.ts) goes on with its first: no opener
        // or title is read there, and a review of that paragraph only lasts to the paragraph's end.
        const on = first && goesOn(l, from);
        if (on && lineReview) {
          push(at, le, 'review', undefined);
          at = le;
          continue;
        }
        lineReview = false;
        // A short line that reads as a title (and is not the document's): it opens its part like a heading.
        const short = !on && !flat && lines[l].end - ls <= 30 && l !== titleLine && (!h || lines[l].start > h.start);
        const t = short ? titleLineZone(text.slice(ls, lines[l].end), year) : 'none';
        if (t !== 'none') titled = t;
        // (In a flattened copy a sentence ends in a colon only before a heading, as the paragraph would.)
        const announced = t === 'none' && !on ? announcedZone(text, ls, le, year) : 'none';
        // (There it stands for the short title line it was, `落实情况` / `正在推进中:` over a table's rows: it opens its part
        // as such a line does, over the headings after it that decide nothing.)
        if (flat && announced !== 'none') titled = announced;
        let o = t !== 'none' ? t : on ? 'none' : announced !== 'none' ? announced : lineOpener(text, ls, Math.min(le, ls + 40), year);
        // In a flattened copy a title line of the original and a blank may stand before the paragraph's first words
        // (`…等等。 全力促进工业经济平稳增长 2022年,我国工业经济…`): they open it as they would have.
        if (o === 'none' && flat && !on) {
          const p = pastFlatTitle(text, ls, le);
          if (p > ls) o = lineOpener(text, p, Math.min(le, p + 40), year);
        }
        // `今年以來,…` (the plan year so far) then `2024年,…投資目標2600億元…`: a paragraph that opens with the plan
        // year and looks ahead ends the results so far (form 200).
        if (o === 'none' && kind === 'review' && sinceThisYear && year !== undefined && planYearAhead(text, ls, le, year)) o = 'plan';
        if (o === 'review') sinceThisYear = thisYearSoFar(text, ls, le);
        if (o === 'none' && kind !== 'review') {
          if (le === ls) continue;
          // In a flattened copy the results so far (below) go on over the sentences after theirs, as over the
          // rest of their paragraph, until one turns to what comes next or opens a part.
          if (soFarOn) {
            if (!NEXT_START.test(text.slice(ls, Math.min(le, ls + 8)))) {
              push(at, ls, kind === 'none' ? fallback : kind, undefined);
              push(ls, le, 'review', undefined);
              at = le;
              continue;
            }
            soFarOn = false;
          }
          // A paragraph after a paragraph about last year that goes on reporting results and looks
          // nowhere ahead (`服务贸易进出口291.7亿美元，增长14.5%。…`) is about last year too.
          // (In a flattened copy joined with blanks, the paragraph the sentence opens: to the sentence end a blank follows.)
          const pe = flat && lastWasLine && !on ? flatParagraphEnd(text, le, lineEnd, year, blankJoined(l)) : le;
          if (lastWasLine && !on && reportsResults(text.slice(ls, pe))) {
            le = pe;
            push(at, ls, kind === 'none' ? fallback : kind, undefined);
            push(ls, le, 'review', undefined);
            at = le;
            lineReview = true;
            continue;
          }
          lastWasLine = false;
          // `…关键一年。开年以来，…截止6月底，完成国地两税848万元…`: the results so far, from that sentence to the line's end
          // (in a flattened copy, where the sentence before ends).
          const so = soFarWithin(text, flat && ls > lines[l].start ? ls - 1 : ls, le);
          if (so) {
            push(at, so[0], kind === 'none' ? fallback : kind, undefined);
            push(so[0], so[1], 'review', undefined);
            at = so[1];
            soFarOn = flat && so[1] === le;
            // (In a hard-wrapped copy the later lines of its paragraph go on with it, as with a review of one paragraph.)
            lineReview = so[1] === le;
          }
          continue;
        }
        soFarOn = false;
        if (o !== 'none' && le > ls) lastWasLine = o === 'line';
        if (o === 'none' || o === kind) continue;
        push(at, ls, kind === 'none' ? fallback : kind, undefined);
        if (o === 'line') {
          // In a flattened copy whose lines were joined with a blank, the paragraph goes on to the sentence end a blank follows.
          if (flat) le = flatParagraphEnd(text, le, lineEnd, year, blankJoined(l));
          push(ls, le, 'review', undefined);
          at = le;
          lineReview = true;
          continue;
        }
        at = ls;
        kind = o;
      }
    }
    push(at, to, kind === 'none' ? fallback : kind, undefined);
    carried = kind;
  }
  return wrap ? out : flattenedTitles(text, lines, out, undecided, year, fallback);
}

/**
 * A document flattened onto long lines (a page's text on one line): a short title line of the original
 * (`回顾过去五年`, `2024年工作安排`) now stands between a sentence end and a blank inside the line
 * (`…提出意见。回顾过去五年 綦江已经…`, eighth blind set, 474). Read as a title line is (titleLineZone),
 * it opens its part up to the next such title or the end of the undecided run it is in (a heading that
 * decides ends it). Only on lines of FLAT_MIN characters and more, and never in a hard-wrapped copy.
 */
function flattenedTitles(
  text: string,
  lines: DocumentModel['lines'],
  zones: Zone[],
  undecided: readonly [number, number][],
  year: number | undefined,
  fallback: ZoneKind,
): Zone[] {
  const opens: { at: number; end: number; kind: ZoneKind }[] = [];
  // Where the run of meeting undecided segments that each one starts ends (read from the last, once).
  const runEnds = new Array<number>(undecided.length);
  for (let r = undecided.length - 1; r >= 0; r--)
    runEnds[r] = r + 1 < undecided.length && undecided[r + 1][0] === undecided[r][1] ? runEnds[r + 1] : undecided[r][1];
  let l = 0;
  for (let r = 0; r < undecided.length; r++) {
    const [from, to] = undecided[r];
    const runEnd = runEnds[r];
    while (l + 1 < lines.length && lines[l + 1].start <= from) l++;
    for (let k = l; k < lines.length && lines[k].start < to; k++) {
      if (lines[k].end - lines[k].start < FLAT_MIN) continue;
      // (On the line's own text: a global search from lastIndex would run on to the end of the text.)
      const s = Math.max(from, lines[k].start);
      const seg = text.slice(s, Math.min(to, lines[k].end));
      FLATTENED_TITLE.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = FLATTENED_TITLE.exec(seg));) {
        // (m[1]: after a sentence end, a blank after it; m[2]: a line of its own between empty lines, the blanks after it
        // left to the next run.)
        const run = m[1] ?? m[2];
        const kind = titleLineZone(run, year);
        if (kind === 'none') continue;
        const at = s + m.index + m[0].length - run.length - (m[1] !== undefined ? 1 : 0);
        if (opens.length > 0 && opens[opens.length - 1].end > at) opens[opens.length - 1].end = at;
        opens.push({ at, end: runEnd, kind });
        FLATTENED_TITLE.lastIndex = at - s + run.length;
      }
    }
  }
  if (opens.length === 0) return zones;
  const out: Zone[] = [];
  let o = 0;
  for (const z of zones) {
    // A part a paragraph's opener decided (a kind other than the document's default) stays: a title line
    // sets the part that follows, and paragraphs under it that open otherwise decide their own, as in the
    // copy as written (`工信部部署2023年重点任务` then `2022年，我国工业经济…增长3.6%`).
    if (z.kind !== fallback && z.kind !== 'none') {
      out.push(z);
      continue;
    }
    let start = z.start;
    while (o < opens.length && opens[o].end <= start) o++;
    for (let k = o; k < opens.length && opens[k].at < z.end; k++) {
      const a = Math.max(start, opens[k].at);
      const b = Math.min(z.end, opens[k].end);
      if (b <= a) continue;
      if (a > start) out.push({ start, end: a, kind: z.kind, heading: start === z.start ? z.heading : undefined });
      out.push({ start: a, end: b, kind: opens[k].kind, heading: a === z.start ? z.heading : undefined });
      start = b;
    }
    if (start < z.end) out.push({ start, end: z.end, kind: z.kind, heading: start === z.start ? z.heading : undefined });
  }
  return out;
}
/**
 * Where the words after a title line flattened before them start (`全力促进工业经济平稳增长 2022年,…`): past a run of
 * 4–24 characters with no mark or blank inside (FLATTENED_TITLE's) and the blanks after it; `from` when the
 * sentence does not open so.
 */
function pastFlatTitle(text: string, from: number, to: number): number {
  let i = pastBlanks(text, from, to);
  const start = i;
  while (i < to && i - start <= 24 && !TITLE_BREAK.test(text[i])) i++;
  if (i - start < 4 || i - start > 24 || i >= to || !isBlank(text.charCodeAt(i))) return from;
  i = pastBlanks(text, i, to);
  return i < to ? i : from;
}
/**
 * In a flattened copy, where the paragraph whose sentence ends at `from` ends: at the first sentence end
 * followed by a blank (the line break the copy lost, `…保持较快增长。 会议强调…`) or at `to` (the line's or the
 * segment's end, when the copy joined its paragraphs with blanks: `blankJoined`), within 600 characters and before any sentence that opens a part of its own (lineOpener:
 * `会议强调,2023年要…`); `from` when the sentence itself is followed by a blank, or no such end comes first.
 */
function flatParagraphEnd(text: string, from: number, to: number, year: number | undefined, blankJoined: boolean): number {
  if (from >= to || isBlank(text.charCodeAt(from))) return from;
  const limit = Math.min(to, from + 600);
  for (let a = from; a < limit;) {
    const b = sentenceEnd(text, a, limit);
    // (The line's end, or the heading that ends the segment, ends the paragraph too: `…更加優良。全年民生支出104.2億元,…。`
    // at the end of 507's copy; only in a copy whose paragraphs were joined with blanks, where none came first.)
    if (b >= limit) return limit === to && blankJoined ? to : from;
    if (lineOpener(text, a, Math.min(b, a + 40), year) !== 'none') return from;
    if (isBlank(text.charCodeAt(b))) return b;
    a = b;
  }
  return from;
}
const isBlank = (c: number): boolean => c === 32 || c === 0x3000;
/** Past the blanks (space, ideographic space) from `from`. */
function pastBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}
/** What a flattened title line holds none of: blanks and marks. */
const TITLE_BREAK_CHARS = '\\s\\u3000，。；：、,;:！？!?（）()“”';
const TITLE_BREAK = new RegExp(`[${TITLE_BREAK_CHARS}]`);
/**
 * A short run between a sentence end and a blank, with no mark inside: a title line flattened into the text; or a short
 * run between two blanks and two blanks (a line of its own between empty lines, joined with a blank each: `…统计表  序号
 * 重点工作  进展情况  责任单位  1  …`, 384), with no blank or mark of a sentence inside, as a short line as written has none.
 */
const FLATTENED_TITLE = new RegExp(
  `[。！？!?][ \\u3000]*([^${TITLE_BREAK_CHARS}]{4,24})[ \\u3000]|[ \\u3000]{2}([^\\s\\u3000，。；：,;:！？!?]{4,24})(?=[ \\u3000]{2})`,
  'g',
);
