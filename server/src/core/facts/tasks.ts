/**
 * Task division (分工): every task of a plan with its lead units, responsible units and deadline.
 * Facts in docs/tasks.md. A task is found through its unit assignment — a tag such as
 * `（牵头单位：市商务局；责任单位：各区政府）`, `（市商务局牵头，市发展改革委配合）`,
 * `（各有关部门按职责分工负责）`, label paragraphs (`牵头单位：…` / `责任单位：…`) after an item, or a
 * table row — and is anchored on the numbered item the assignment belongs to (or, for plans whose
 * tasks are unnumbered paragraphs, on the paragraph that starts the task). A numbered item that
 * names no unit is not a task: nothing in it says who does the work.
 */
import type { DocumentModel, Enumeration, Heading, Line } from '../model/model';
import { lineAt, lowerBound } from '../model/model';

export type UnitRole = 'lead' | 'responsible';

export interface TaskUnit {
  /** The unit as written (`区商务委员会`, `各县(市、区)人民政府`). */
  readonly name: string;
  /** Grouping key: forms the document shows to be one unit share it. */
  readonly key: string;
  readonly role: UnitRole;
  readonly start: number;
  readonly end: number;
}

export interface TaskDeadline {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Given as the task's time limit (a label, a tag clause, a table cell), or a date in its text. */
  readonly given: boolean;
}

export interface Task {
  /** Offset where the task starts: its marker, or the first character of its paragraph. */
  readonly start: number;
  /** 0-based line of `start`. */
  readonly line: number;
  /** End of the task's text and of its unit assignment (exclusive). */
  readonly end: number;
  readonly title: string;
  readonly lead: readonly TaskUnit[];
  readonly responsible: readonly TaskUnit[];
  readonly deadline: TaskDeadline | undefined;
  /** The numbered item the task is, when it is one. */
  readonly heading: Heading | undefined;
  /** The heading of the section the task sits in (its parent item, or the heading above). */
  readonly section: Heading | undefined;
  /** Offsets of the assignment text(s) (tag, label paragraphs, table cells). */
  readonly assignments: readonly { start: number; end: number }[];
  readonly source: 'tag' | 'labels' | 'table';
}

/** Labels of the labelled form, and the role of the units after them. */
const LABELS: readonly [RegExp, UnitRole | 'deadline' | 'person'][] = [
  // People, not units: part of the label run, not of the task's units.
  [/^(?:牵头领导|牽頭領導|责任领导|責任領導|分管领导|分管領導|牵头市领导|牵头区领导|牵头县领导|责任人|責任人|牵头人|联系人)$/, 'person'],
  [
    /^(?:牵头单位|牵头部门|牽頭單位|牽頭部門|主办单位|牵头责任单位|主要责任单位|主要責任單位|主责单位|主責單位|牵头科室|牵头处室|牵头股室|牽頭科室|牽頭處室)$/,
    'lead',
  ],
  [
    /^(?:责任单位|責任單位|责任部门|責任部門|配合单位|配合單位|配合部门|配合部門|支撑单位|支撐單位|协办单位|協辦單位|参与单位|參與單位|协同单位|協同單位|协助单位|承办单位|协同配合单位|協同配合單位|配合责任单位|参加单位|參加單位|责任主体|責任主體|责任科室|责任处室|责任股室|責任科室|責任處室|配合科室|配合处室|配合股室|配合處室|实施部门|實施部門|实施单位|實施單位|主要协作单位|主要協作單位|协作单位|協作單位|协作部门|協作部門)$/,
    'responsible',
  ],
  [/^(?:完成时限|完成時限|完成时间|完成時間|时间节点|時間節點|时限要求)$/, 'deadline'],
];
const LABEL_WORDS =
  '牵头科室|牵头处室|牵头股室|牽頭科室|牽頭處室|责任科室|责任处室|责任股室|責任科室|責任處室|配合科室|配合处室|配合股室|配合處室|主要责任单位|主要責任單位|主责单位|主責單位|协同配合单位|協同配合單位|配合责任单位|参加单位|參加單位|责任主体|責任主體|牵头领导|牽頭領導|责任领导|責任領導|分管领导|分管領導|牵头市领导|牵头区领导|牵头县领导|责任人|責任人|牵头人|联系人|牵头单位|牵头部门|牽頭單位|牽頭部門|主办单位|牵头责任单位|责任单位|責任單位|责任部门|責任部門|配合单位|配合單位|配合部门|配合部門|支撑单位|支撐單位|协办单位|協辦單位|参与单位|參與單位|协同单位|協同單位|协助单位|承办单位|实施部门|實施部門|实施单位|實施單位|主要协作单位|主要協作單位|协作单位|協作單位|协作部门|協作部門|完成时限|完成時限|完成时间|完成時間|时间节点|時間節點|时限要求';
/**
 * A bracketed alternative a label may name after its word (`责任科室(单位):`, `责任单位（部门）：`; twenty-ninth blind set, form 563):
 * part of the label, before its colon.
 */
const LABEL_ALTERNATIVE = '(?:[（(](?:单位|單位|部门|部門|处室|處室|科室|股室)[）)])?';
const RE_LABEL = new RegExp(`(${LABEL_WORDS})${LABEL_ALTERNATIVE}\\s*[:：]\\s*`, 'g');
/** A paragraph labelled with the division of work, whose value names units by role verbs (`部门分工：A牵头，B配合`). */
const RE_DIVISION_LABEL = /^(?:部门分工|部門分工|责任分工|責任分工|任务分工|任務分工|分工)\s*[:：]\s*/;
/** A paragraph that starts with a label: the label form after an item (`牵头单位:区发改局`). */
const RE_LABEL_PARAGRAPH = new RegExp(`^(?:${LABEL_WORDS})${LABEL_ALTERNATIVE}\\s*[:：]`);

/** Role verbs at the end of a clause of the unlabelled form, longest first. */
const VERB_CLAUSE =
  /^(.+?)(?:等(?:部门|单位|部門|單位))?(按照职责分工负责|按照職責分工負責|按职责分工负责|按職責分工負責|按职责负责|按職責負責|分工负责|分工負責|分别牵头|分別牽頭|牵头负责|牽頭負責|牵头落实|牽頭落實|共同负责|共同負責|分别负责落实|分別負責落實|分别负责|分別負責|负责落实|負責落實|牵头|牽頭|负责|負責|配合|参与|參與|协助|協助|协同|協同|指导|指導|主办|主辦|协办|協辦)$/;
const LEAD_VERBS = /^(?:分别牵头|分別牽頭|牵头负责|牽頭負責|牵头落实|牽頭落實|牵头|牽頭|指导|指導|主办|主辦)$/;
/**
 * `(省发改委主办,省工信委、…协办)` (thirty-first blind set, 679, form 662): 主办 leads and 协办 is responsible, as the labels 主办单位
 * and 协办单位 are. Such a tag must follow the sentence it closes: `举办文化节（市委宣传部主办）。` names an event's organiser.
 */
const RE_HOST_VERB = /主办|主辦|协办|協辦/;

/**
 * Endings of unit names: a verbless tag is an assignment only when every piece ends like a unit. A 台 only as a station's
 * (`市广播电视台`, `市气象台`; thirty-third blind set 693, form 720), not 平台, 出台, 舞台.
 */
const UNIT_END =
  /(?:(?:电视|電視|电|電|气象|氣象|地震|天文|广播|廣播)台|部|局|委|办|辦|厅|廳|署|院|会|會|委员会|委員會|政府|中心|公司|集团|集團|银行|銀行|总社|總社|联社|聯社|处|處|科|室|所|站|队|隊|馆|館|校|团|團|社|组|組|行|街道|乡镇|鄉鎮|管委会|管委會|单位|單位|部门|部門|机构|機構|企业|企業|专班|專班|法院|检察院|檢察院|海关|海關|税务局|稅務局|港|库|庫|联|聯|协|協|中央|区|區|县|縣|市|省|旗|盟)$/;
const UNIT_ALONE_BAD = /^(?:县级市|县|市|区|省|旗|盟|县区|区县)$/;

/** Deadline words that count only inside an assignment (in prose, 持续推进 is a verb, not a date). */
const RE_DEADLINE_TAG =
  /\d{4}\s*年\s*\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)?|\d{4}\s*年(?:底|年底|末)(?:前)?|\d{4}\s*年(?:上|下)半年|\d{1,2}\s*月(?:底|末)前|年底前|年内|长期坚持|長期堅持|持续推进|持續推進|持续开展|持續開展|每季度|每月|每年|每半年/;
/** Deadlines inside a task's own text: a dated 前 (`2025年6月底前`, `2025年底前`). */
const RE_DEADLINE_TEXT = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)|\d{4}\s*年\s*(?:底|年底)前/;

interface Assignment {
  start: number;
  end: number;
  /** The assignment fills its paragraph (a unit paragraph after the item), or is inline. */
  standalone: boolean;
  units: TaskUnit[];
  deadline: TaskDeadline | undefined;
  source: Task['source'];
  /** A list without role words: taken only where it closes a sentence. */
  bare?: boolean;
  /** A sentence of its paragraph (`由A负责的…项目`): an unnumbered task is that paragraph, not the ones before. */
  inParagraph?: boolean;
  /** Where the task's title starts, when not at its paragraph's start (a duty paragraph's work after its verb). */
  titleFrom?: number;
  /** For table rows: where the task text is. */
  row?: { start: number; title: string };
}

/** A block: a line, or part of a line between HTML paragraph tags, with its content trimmed. */
interface Block {
  start: number;
  end: number;
}

/**
 * What the document says about its unit lists: short forms it declares, and whether it says that
 * the unit listed first leads (`排名第一的为牵头单位，下同`, `列第一位的责任单位为牵头单位`, `首位单位为牵头单位`: form 214).
 */
interface Ctx {
  readonly aliases: Map<string, string>;
  readonly firstLeads: boolean;
  /** Offsets of the headings, ascending, and the headings (model.headings). */
  readonly headingStarts: readonly number[];
  readonly headings: readonly Heading[];
  /** Ranges read past a block's own text (Found.reads), pushed as [start, end] pairs. */
  readonly reads: number[];
  /** The rows of the tables flattened one cell per line (Found.rows), pushed as [start, end] pairs. */
  readonly rows: number[];
  /** Blocks before this one were read as a run of short cells that opened no table (headerTable). */
  runEnd: number;
}

const FIRST_LEADS =
  '(?:排名第一|排在第一位?|排名首位|排在首位|列第一位?|列在第一位?|列首位|列在首位|排序第一|排第一位?|居首|首位)(?:的|者)?(?:责任单位|責任單位|单位|單位|部门|部門|处室|處室|科室)?(?:为|為|爲|是)(?:牵头|牽頭)(?:责任|責任)?(?:单位|單位|部门|部門|处室|處室|科室)?';
const RE_FIRST_LEADS = new RegExp(FIRST_LEADS);
/**
 * The convention closing a tag, with the case it holds for before it (`；若工作涉及多个处室的，列第一的为牵头责任处室，下同`:
 * form 515): a note, not units.
 */
const RE_FIRST_LEADS_TAIL = new RegExp(`[。；;，,]\\s*(?:(?:若|如|凡)[^。；;，,]{1,24}[，,]\\s*)?${FIRST_LEADS}(?:[，,]\\s*下同)?[。.]?$`);
/** Strong unit endings: a bare list in a tag (no role words) must have one of them. */
const STRONG_UNIT_END = /(?:部|局|委|厅|廳|办|辦|政府|委员会|委員會|总局|總局|中心)$/;

const cache = new WeakMap<DocumentModel, readonly Task[]>();

/**
 * What the extraction found before anchoring, kept per model for the next version (tasksAfterEdit):
 * the blocks, the assignments in text order, and the ranges that reading an assignment or a table
 * ran on past its own block (a tag broken over lines, a table's rows) as flat [start, end] pairs.
 * `blocks` is undefined when the text has no assignment word (no tasks, nothing read).
 */
interface Found {
  readonly blocks: Block[] | undefined;
  readonly found: Assignment[];
  readonly reads: number[];
  /** The rows of the tables flattened one cell per line, as [start, end] pairs (tableRowsOf). */
  readonly rows: number[];
  /** The aliases and first-leads reading of the text (undefined with the blocks). */
  readonly ctx: Ctx | undefined;
  /** How many bare tags closed items whose paragraphs name no role word (findAssignments): a reading of the whole document. */
  closing?: number;
  /** What anchoring read (anchorReads), once it ran; and the tasks, when they are the previous version's moved. */
  anchorReads?: number[];
  tasks?: Task[];
}
const states = new WeakMap<DocumentModel, Found>();
const pending = new WeakMap<DocumentModel, { before: DocumentModel; change: TextChange }>();
const carried = new WeakMap<DocumentModel, 'assignments' | 'tasks'>();

/** The tasks of a document, once per model. */
export function tasksOf(model: DocumentModel): readonly Task[] {
  let tasks = cache.get(model);
  if (!tasks) {
    const link = pending.get(model);
    pending.delete(model);
    const st = (link && foundAfterEdit(link.before, model, link.change)) || findAssignments(model);
    states.set(model, st);
    tasks = tasksFrom(model, st);
    cache.set(model, tasks);
  }
  return tasks;
}

/**
 * The rows of the document's tables flattened one cell per line (a header recognised, then rows: the
 * `序号` form and the numbered-item form of form 309), as [start, end) offsets ascending, flat pairs:
 * a row's cells repeat one another by design (the same plan in three year cells, form 310).
 */
export function tableRowsOf(model: DocumentModel): readonly number[] {
  tasksOf(model);
  return states.get(model)?.rows ?? [];
}

/** Finds every task of the document; linear in the text. */
export function extractTasks(model: DocumentModel): Task[] {
  return tasksFrom(model, findAssignments(model));
}

function tasksFrom(model: DocumentModel, st: Found): Task[] {
  if (st.tasks) return st.tasks;
  st.anchorReads = [];
  if (!st.blocks || !st.ctx) return [];
  anchorReads = st.anchorReads;
  try {
    const groups = leadGroups(model, st.ctx);
    if (st.found.length === 0 && groups.length === 0) return [];
    return groupCommittees(withGroupLeads(model, anchor(model, st.blocks, st.found), groups));
  } finally {
    anchorReads = [];
  }
}

/**
 * `一、县示范区管委会牵头工作(8项)` then `1.…` `2.…` (ninth blind set, 492): a heading that names the unit
 * leading the items under it. Its title is the unit(s), 牵头 and what is led (工作, 任务, 事项), with at most
 * a count in brackets; every name must look like a unit (`一、招商引资牵头工作` names none). Or (eleventh
 * blind set, 519/520) a title closed by the lead in brackets: `一、强化科技创新(区科技局牵头)`,
 * `一、推进教育科技人才一体发展(由市科技局牵头)`, `(X牵头负责)`; not a bracket inside the title
 * (`（一）(市发改委牵头)加快…`) nor one that names no unit (`(专班牵头)`: looksLikeUnit).
 */
interface LeadGroup {
  heading: Heading;
  units: TaskUnit[];
  start: number;
  end: number;
}
const RE_LEAD_GROUP =
  /^[\s\u3000]*(?:(.{2,40}?)(?:牵头|牽頭)(?:的)?(?:重点|重點)?(?:工作|任务|任務|事项|事項)(?:[（(][^（）()]{0,12}[）)])?|[^（）()]{2,40}[（(](?:由)?([^（）()]{2,30}?)(?:牵头|牽頭)(?:负责|負責)?[）)])[\s\u3000。]*$/;
function leadGroups(model: DocumentModel, ctx: Ctx): LeadGroup[] {
  const { text } = model;
  const out: LeadGroup[] = [];
  for (const h of model.headings) {
    if (h.children.length === 0 || h.titleEnd - h.markerEnd > 60) continue;
    const title = text.slice(h.markerEnd, h.titleEnd);
    if (title.indexOf('牵') < 0 && title.indexOf('牽') < 0) continue;
    anchorReads.push(h.start, h.titleEnd);
    const m = RE_LEAD_GROUP.exec(title);
    if (!m) continue;
    // The units: before 牵头工作 (group 1), or in the bracket that closes the title (group 2).
    const who = m[1] ?? m[2];
    const from = h.markerEnd + (m[1] !== undefined ? m[0].indexOf(who) : m[0].lastIndexOf(who));
    const names = splitUnits(text, from, from + who.length);
    if (names.length === 0 || !names.every((n) => looksLikeUnit(n.name, true))) continue;
    out.push({ heading: h, units: names.map((n) => unit(n.name, n.start, 'lead', ctx)), start: from, end: from + who.length });
  }
  return out;
}

/** The items of each lead group that have no units of their own become tasks led by the group's units. */
function withGroupLeads(model: DocumentModel, tasks: Task[], groups: readonly LeadGroup[]): Task[] {
  if (groups.length === 0) return tasks;
  const own = new Set<Heading>();
  for (const t of tasks) if (t.heading) own.add(t.heading);
  const added: Task[] = [];
  for (const g of groups)
    for (const c of g.heading.children) {
      if (own.has(c)) continue;
      anchorReads.push(c.start, c.end);
      const body = model.text.slice(c.start, Math.min(c.end, c.start + 3000));
      const m = RE_DEADLINE_TEXT.exec(body);
      added.push({
        start: c.start,
        line: lineAt(model.lines, c.start),
        end: c.titleEnd,
        title: c.title,
        lead: g.units,
        responsible: [],
        deadline: m ? { text: m[0], start: c.start + m.index, end: c.start + m.index + m[0].length, given: false } : undefined,
        heading: c,
        section: g.heading,
        assignments: [{ start: g.start, end: g.end }],
        source: 'tag',
      });
    }
  return added.length === 0 ? tasks : [...tasks, ...added].sort((a, b) => a.start - b.start);
}

/** An edit: `[start, oldEnd)` of the previous text became `[start, newEnd)` (services/incremental.ts TextChange). */
interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * Tells the task facts that `model` is the previous version `before` edited by `change`
 * (services/incremental.ts): after an edit inside one line that no assignment, table or tag reads
 * and that names no role word, the assignments are the previous version's moved by the edit, and
 * only the anchoring (cheap: it walks the assignments) runs again.
 */
export function linkTasks(before: DocumentModel, model: DocumentModel, change: TextChange): void {
  if (!cache.has(model) && states.has(before)) pending.set(model, { before, change });
}

/**
 * How `model`'s tasks came from the previous version's (for tests and the bench): anchored on its
 * assignments, or its tasks moved; undefined when found in full.
 */
export function tasksCarried(model: DocumentModel): 'assignments' | 'tasks' | undefined {
  return carried.get(model);
}

/**
 * The assignments of `model` from those of `before`, when `change` lies inside the text of one
 * line (its block keeps its start, and its end moves by the edit) and that line, before and after
 * the edit,
 * - has no `<` or `&` (it is one block, with no markup at its ends),
 * - is no label paragraph, table header or `序号` cell, and says no `排名第一的为牵头单位` (only its own
 *   block is read again, and the document-wide reading of first units stays),
 * - has no 简称/下称 within reach of the alias scan (the aliases are the same),
 * - is read by no other block's tag or table (Found.reads), and no assignment of another block reaches it,
 * the headings start where they did (moved by the edit), and reading the line's block again reads
 * nothing past it: the previous version's assignments before the line, the line's own read again,
 * and those after it moved by the edit. Else undefined (the assignments are found in full).
 */
function foundAfterEdit(before: DocumentModel, model: DocumentModel, c: TextChange): Found | undefined {
  const st = states.get(before);
  // Whether the bare tags closing items are read depends on the whole document (findAssignments).
  if (!st || st.closing) return undefined;
  const old = before.text;
  const { text } = model;
  const d = c.newEnd - c.oldEnd;
  if (before.lines.length !== model.lines.length || text.length - old.length !== d) return undefined;
  if (/[\r\n]/.test(old.slice(c.start, c.oldEnd)) || /[\r\n]/.test(text.slice(c.start, c.newEnd))) return undefined;
  const li = lineAt(before.lines, c.start);
  const o = before.lines[li];
  const n = model.lines[li];
  if (c.oldEnd > o.end || n.start !== o.start || n.end !== o.end + d) return undefined;
  // The line's block, in both versions: the same start, the end moved by the edit.
  const [bs, be] = trimmed(old, o.start, o.end);
  const [ns, ne] = trimmed(text, n.start, n.end);
  if (be <= bs || ns !== bs || ne !== be + d || c.start < bs || c.oldEnd > be) return undefined;
  const contents = [old.slice(bs, be), text.slice(ns, ne)];
  let words = false;
  for (let k = 0; k < 2; k++) {
    const content = contents[k];
    if (content.indexOf('<') >= 0 || content.indexOf('&') >= 0) return undefined;
    if (RE_LABEL_PARAGRAPH.test(content) || (content.length <= 8 && RE_SERIAL_HEADER.test(content))) return undefined;
    // A bare tag closing an item of a paragraph with no role word may be taken by the whole document's reading (closingBareTag).
    if (CLOSE.indexOf(content[content.length - 1]) >= 0 && !RE_ROLE_WORD_HIT.test(content)) return undefined;
    // Or one that the copy cuts at the text's end (closingCutTag).
    if (endsText(k === 0 ? old : text, k === 0 ? be : ne) && /[〔(（]/.test(content) && !RE_ROLE_WORD_HIT.test(content)) return undefined;
    if (RE_ROLE_WORD_ONE.test(content) || RE_ATTRIBUTE_ONE.test(content)) {
      words = true;
      if (tableHeader(content) || RE_FIRST_LEADS.test(content)) return undefined;
    }
    // aliasesOf reads 24 characters before each 简称 and 18 after.
    const t = k === 0 ? old : text;
    const near = t.slice(Math.max(0, bs - 26), (k === 0 ? be : ne) + 26);
    if (near.indexOf('简称') >= 0 || near.indexOf('下称') >= 0) return undefined;
  }
  // The headings (tail labels stop at the next one) where they were.
  if (before.headings.length !== model.headings.length) return undefined;
  for (let i = 0; i < before.headings.length; i++) {
    const h = before.headings[i].start;
    if (model.headings[i].start !== (h < c.start ? h : h + d)) return undefined;
  }
  const reads = st.reads;
  for (let i = 0; i < reads.length; i += 2) if (reads[i] <= o.end && reads[i + 1] >= o.start) return undefined;
  // The assignments before the line, the line's own, and those after it.
  let first = 0;
  while (first < st.found.length && st.found[first].start < bs) first++;
  let after = first;
  while (after < st.found.length && st.found[after].start < be) after++;
  for (let k = 0; k < first; k++) if (st.found[k].end > o.start) return undefined;
  for (let k = first; k < after; k++) if (st.found[k].end > be) return undefined;
  // The text keeps an assignment word (the cheap guard of findAssignments) when the line does or had none.
  if (RE_ANY_ASSIGNMENT_WORD.test(contents[0]) && !RE_ANY_ASSIGNMENT_WORD.test(contents[1])) return undefined;
  if (!st.blocks || !st.ctx) {
    // No assignment word in the text before the edit, nor in the line after it.
    if (words) return undefined;
    carried.set(model, 'assignments');
    return st;
  }
  const at = c.start;
  const blocks = st.blocks.map((b) =>
    b.end < at ? b : b.start < at || b.start === bs ? { start: b.start, end: b.end + d } : { start: b.start + d, end: b.end + d },
  );
  const found = st.found.slice(0, first);
  if (words) {
    // The line's block read again, with the two assignments before it (a tag of theirs may not reach into it).
    const b = lowerBound(blocks, (x) => x.start, bs);
    if (blocks[b]?.start !== bs) return undefined;
    const ctx: Ctx = {
      ...st.ctx,
      headingStarts: model.headings.map((h) => h.start),
      headings: model.headings,
      reads: [],
      rows: [],
      runEnd: -1,
    };
    const own = found.slice(Math.max(0, first - 2));
    const lead = own.length;
    const hit = RE_ROLE_WORD_HIT.test(contents[1]);
    if (readBlock(text, blocks, b, ctx, own, RE_ATTRIBUTE_ONE.test(contents[1]), hit) !== b || ctx.reads.length) return undefined;
    for (let k = lead; k < own.length; k++) {
      if (own[k].start < ns || own[k].end > ne) return undefined;
      found.push(own[k]);
    }
  }
  const lineHadNone = first === after && found.length === first;
  for (let k = after; k < st.found.length; k++) found.push(moveAssignment(st.found[k], d));
  carried.set(model, 'assignments');
  const next: Found = {
    blocks,
    found,
    reads: reads.map((x) => (x < at ? x : x + d)),
    rows: st.rows.map((x) => (x < at ? x : x + d)),
    ctx: st.ctx,
  };
  // The line has no assignment in either version: when anchoring read nothing of it and the outline
  // is the previous one moved, the tasks are the previous version's moved (anchoring decides by
  // the assignments, the outline, the blocks and what it read).
  const tasks = lineHadNone && st.anchorReads && cache.get(before);
  if (tasks && !overlaps(st.anchorReads!, o.start, o.end) && sameOutline(before, model, c)) {
    next.anchorReads = st.anchorReads!.map((x) => (x < at ? x : x + d));
    next.tasks = tasks.map((t) => moveTask(t, model, at, d));
    carried.set(model, 'tasks');
  }
  return next;
}

function overlaps(reads: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < reads.length; i += 2) if (reads[i] <= end && reads[i + 1] >= start) return true;
  return false;
}

/** The headings and run-in items of `model` are those of `before` at offsets moved by the edit (what anchoring reads of them). */
function sameOutline(before: DocumentModel, model: DocumentModel, c: TextChange): boolean {
  const d = c.newEnd - c.oldEnd;
  const map = (x: number) => (x < c.start ? x : x + d);
  const ix = (h: Heading | null | undefined) => (h ? h.index : -1);
  const [oh, nh] = [before.headings, model.headings];
  if (oh.length !== nh.length || before.enumerations.length !== model.enumerations.length) return false;
  for (let i = 0; i < oh.length; i++) {
    const o = oh[i];
    const n = nh[i];
    if (
      n.start !== map(o.start) ||
      n.end !== map(o.end) ||
      n.markerEnd !== map(o.markerEnd) ||
      n.titleEnd !== map(o.titleEnd) ||
      n.line !== o.line ||
      ix(n.parent) !== ix(o.parent) ||
      n.children.length !== o.children.length
    )
      return false;
  }
  for (let i = 0; i < before.enumerations.length; i++) {
    const o = before.enumerations[i];
    const n = model.enumerations[i];
    if (n.start !== map(o.start) || n.markerEnd !== map(o.markerEnd)) return false;
  }
  return true;
}

/** A task of the previous version, its offsets moved by an edit at `at` and its headings those of `model`. */
function moveTask(t: Task, model: DocumentModel, at: number, d: number): Task {
  const heading = t.heading && model.headings[t.heading.index];
  const section = t.section && model.headings[t.section.index];
  if (t.end < at) return t.heading === heading && t.section === section ? t : { ...t, heading, section };
  const m = (x: number) => (x < at ? x : x + d);
  const unit = (u: TaskUnit): TaskUnit => (u.start < at ? u : { ...u, start: u.start + d, end: u.end + d });
  return {
    ...t,
    start: m(t.start),
    end: m(t.end),
    lead: t.lead.map(unit),
    responsible: t.responsible.map(unit),
    deadline: t.deadline && (t.deadline.start < at ? t.deadline : { ...t.deadline, start: t.deadline.start + d, end: t.deadline.end + d }),
    heading,
    section,
    assignments: t.assignments.map((a) => (a.start < at ? a : { start: a.start + d, end: a.end + d })),
  };
}

/** `[start, end)` without the blanks at its ends (splitBlocks' trim). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
const RE_ANY_ASSIGNMENT_WORD =
  /牵头|牽頭|负责|負責|责任|責任|配合|参与|參與|支撑|支撐|协办|協辦|指导|指導|协同|協同|协助|協助|会同|會同|约束性|预期性|約束性|預期性|实施部门|實施部門|实施单位|實施單位|推进单位|推進單位|推进部门|推進部門|推进主体|推進主體/;
const RE_ATTRIBUTE_ONE = /约束性|预期性|約束性|預期性/;
const RE_ROLE_WORD_HIT =
  /牵头|牽頭|负责|負責|责任|責任|配合|参与|參與|支撑|支撐|协办|協辦|指导|指導|协同|協同|协助|協助|主办|主辦|承办|实施部门|實施部門|实施单位|實施單位|推进单位|推進單位|推进部门|推進部門/;

function moveAssignment(a: Assignment, d: number): Assignment {
  const units = a.units.map((u) => ({ ...u, start: u.start + d, end: u.end + d }));
  const deadline = a.deadline && { ...a.deadline, start: a.deadline.start + d, end: a.deadline.end + d };
  const row = a.row && { ...a.row, start: a.row.start + d };
  const titleFrom = a.titleFrom === undefined ? undefined : a.titleFrom + d;
  return { ...a, start: a.start + d, end: a.end + d, units, deadline, row, titleFrom };
}

/** Finds the assignments of the document, in text order (what anchoring makes tasks of); linear in the text. */
function findAssignments(model: DocumentModel): Found {
  const { text } = model;
  const reads: number[] = [];
  // Cheap guard: a document without any assignment word has no tasks.
  if (!RE_ANY_ASSIGNMENT_WORD.test(text)) return { blocks: undefined, found: [], reads, rows: [], ctx: undefined };
  const blocks = splitBlocks(text, model.lines);
  const hits = roleWordsAt(text);
  let hp = 0;
  // Offsets of 约束性/预期性 (the attribute cell of an indicator row), found once.
  const attrs: number[] = [];
  RE_ATTRIBUTE.lastIndex = 0;
  for (let m = RE_ATTRIBUTE.exec(text); m; m = RE_ATTRIBUTE.exec(text)) attrs.push(m.index);
  let ap = 0;
  const ctx: Ctx = {
    aliases: aliasesOf(text),
    firstLeads: firstLeads(text, hits),
    headingStarts: model.headings.map((h) => h.start),
    headings: model.headings,
    reads,
    rows: [],
    runEnd: -1,
  };
  const found: Assignment[] = [];
  // Bare unit tags closing items whose paragraphs name no role word (`…再就业2050人。(市人社局)`: form 683), taken below.
  const closing: Assignment[] = [];
  let cut = false;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    while (ap < attrs.length && attrs[ap] < block.start) ap++;
    while (hp < hits.length && hits[hp] < block.start) hp++;
    const hit = hp < hits.length && hits[hp] < block.end;
    const before = found.length;
    const last = readBlock(text, blocks, b, ctx, found, ap < attrs.length && attrs[ap] < block.end, hit);
    if (!hit && last === b && found.length === before) {
      const a = closingBareTag(text, block, ctx);
      if (a) closing.push(a);
      const c = a ? undefined : closingCutTag(text, block, ctx);
      if (c) {
        closing.push(c);
        cut = true;
      }
    }
    b = last;
  }
  // Such tags are the document's form only when it closes two items or more so and a tag of it names a role (680: the first,
  // `〔市人社局,…各责任单位按职责分工落实〕`; or a role-word, labelled or table assignment): a news digest's items closed by
  // their sources' names (`(县应急局)`) name none.
  const bare = found.filter((a) => a.bare).length;
  const named = found.some((a) => !a.bare || RE_ROLE_WORD_HIT.test(text.slice(a.start, a.end)));
  // A tag the stored copy cuts at the text's end (closingCutTag) is one of the document's tags when another names a role.
  if (
    closing.length > 0 &&
    named &&
    (closing.length + bare >= 2 || (cut && closing.length === 1) || closing.every((a) => sameList(text, a, found)))
  ) {
    for (const a of closing) {
      let k = found.length;
      while (k > 0 && found[k - 1].start > a.start) k--;
      found.splice(k, 0, a);
    }
  }
  return { blocks, found, reads, rows: ctx.rows, ctx, closing: closing.length };
}

/**
 * A bracket of units only that closes a numbered item's paragraph right after its last `。` (`…就业困难人员再就业2050人。(市人社局)`):
 * the bare tag of a paragraph that names no role word. Not `(此件主动公开)`, `（县级市）`, `（含开发区）`, `(2025年)` (bareList: every
 * piece ends like a unit, one like an office), nor a bracket inside a sentence (`由县教育局(体育局)牵头`).
 */
function closingBareTag(text: string, block: Block, ctx: Ctx): Assignment | undefined {
  const close = block.end - 1;
  if (CLOSE.indexOf(text[close]) < 0) return undefined;
  // The last unit may end in its other name (`省数据局(省营商局)`): then the name before that bracket ends like an office.
  let q = close - 1;
  if (text[q] === ')' || text[q] === '）') {
    const o = text.lastIndexOf(text[q] === ')' ? '(' : '（', q);
    if (o > block.start && q - o <= 12) q = o - 1;
  }
  if (!STRONG_LAST.has(text.charCodeAt(close - 1)) && !STRONG_LAST.has(text.charCodeAt(q))) return undefined;
  let open = close - 1;
  for (let depth = 1; open >= block.start && close - open <= 200; open--) {
    if (CLOSE.indexOf(text[open]) >= 0) depth++;
    else if (OPEN.indexOf(text[open]) >= 0 && --depth === 0) break;
  }
  if (open < block.start || close - open > 200 || OPEN.indexOf(text[open]) !== CLOSE.indexOf(text[close])) return undefined;
  let p = open;
  while (p > block.start && isBlank(text.charCodeAt(p - 1))) p--;
  if (text[p - 1] !== '。') return undefined;
  // The paragraph is a numbered item (it holds a heading before the tag).
  const h = lowerBound(ctx.headingStarts, (x) => x, block.start);
  if (h >= ctx.headingStarts.length || ctx.headingStarts[h] >= open) return undefined;
  const a = bareList(text, open + 1, close, ctx.firstLeads, ctx);
  if (!a) return undefined;
  a.start = open;
  a.end = close + 1;
  return a;
}

/** A tag that names every unit of its list responsible with one verb after it (`〔省发展改革委、省财政厅等按职责分工负责〕`). */
const RE_LIST_VERB = /(?:负责|負責)(?:落实|落實)?$/;

/**
 * Whether a bare tag closing an item is a tag of the same list as another of the document's tags, in the same bracket, that names
 * its units responsible with one verb (`〔…按职责分工负责〕`, then `…。〔省发展改革委、省科技厅〕`: form 735, the role left unsaid).
 * Not after a tag that names a lead (`（市人社局牵头，市财政局配合）`, then `(市人社局)`: form 683's one bare tag alone).
 */
function sameList(text: string, a: Assignment, found: readonly Assignment[]): boolean {
  return found.some(
    (f) =>
      f.source === 'tag' &&
      !f.bare &&
      text[f.start] === text[a.start] &&
      f.units.length > 0 &&
      f.units.every((u) => u.role === 'responsible') &&
      RE_LIST_VERB.test(text.slice(f.start + 1, f.end - 1)),
  );
}

/**
 * A bare tag that the stored copy cuts at the very end of the text (`…等重大项目。〔省委军民融合办、省发展改革委、…、省数据局(省营商局)`,
 * 697, form 735): the last bracket of the item's paragraph, opened right after its last `。`, left open, at most 80 characters, no
 * full stop in it, and every piece of it ends like a unit (bareList; a last piece that ends like none is what the cut left of a name,
 * dropped). Not a bracket left open before more text, `〔2025〕`, a cut list of places (`〔沈阳、大连、鞍山`), nor one in mid-sentence.
 */
function closingCutTag(text: string, block: Block, ctx: Ctx): Assignment | undefined {
  if (!endsText(text, block.end)) return undefined;
  let open = block.end - 1;
  for (let depth = 0; open >= block.start && block.end - open <= 80; open--) {
    const c = text[open];
    if (c === '。' || c === '！' || c === '？') return undefined;
    if (CLOSE.indexOf(c) >= 0) depth++;
    else if (OPEN.indexOf(c) >= 0 && --depth < 0) break;
  }
  if (open < block.start || block.end - open > 80 || '〔(（'.indexOf(text[open]) < 0) return undefined;
  let p = open;
  while (p > block.start && isBlank(text.charCodeAt(p - 1))) p--;
  if (text[p - 1] !== '。') return undefined;
  const h = lowerBound(ctx.headingStarts, (x) => x, block.start);
  if (h >= ctx.headingStarts.length || ctx.headingStarts[h] >= open) return undefined;
  let a = bareList(text, open + 1, block.end, ctx.firstLeads, ctx);
  if (!a) {
    // The cut piece: after the list's last top-level 、 (two pieces at least before it).
    const tops = splitTop(text, open + 1, block.end, '、');
    if (tops.length < 3) return undefined;
    a = bareList(text, open + 1, tops[tops.length - 2].end, ctx.firstLeads, ctx);
    if (!a) return undefined;
  }
  a.start = open;
  a.end = block.end;
  return a;
}

/**
 * The assignments of block `b` (and of the blocks after it that a table or a run of labels takes
 * in) added to `found`; returns the last block read. `attr` and `hit`: whether the block has a
 * 约束性/预期性 and a role word.
 */
function readBlock(text: string, blocks: Block[], b: number, ctx: Ctx, found: Assignment[], attr: boolean, hit: boolean): number {
  const block = blocks[b];
  // A table flattened one cell per line starts with a `序号` cell (which names no role).
  if (block.end - block.start <= 8 && RE_SERIAL_HEADER.test(text.slice(block.start, block.end))) {
    const last = cellTable(text, blocks, b, ctx, found);
    if (last > b) return last;
  }
  // A table flattened one cell per line whose rows are numbered items (`（1）…`): a run of short header
  // cells with a unit column, then the rows (form 309).
  if (b >= ctx.runEnd && block.end - block.start <= 40) {
    const last = headerTable(text, blocks, b, ctx, found);
    if (last > b) return last;
  }
  // `5.城市空气质量优良天数比例(%) 80.1 81.2 约束性 市生态环境局`: the unit column of an indicator table
  // (its rows name no role word).
  const indicator = attr ? indicatorRow(text, block, ctx) : undefined;
  if (indicator) {
    found.push(indicator);
    return b;
  }
  // Most paragraphs name no unit at all: the role words found in one pass over the text skip
  // them (labels and table headers have role words too).
  if (!hit) return b;
  const content = text.slice(block.start, block.end);
  if (RE_LABEL_PARAGRAPH.test(content)) {
    // A run of label paragraphs (牵头单位 / 责任单位 / 完成时限) is one assignment.
    let last = b;
    while (last + 1 < blocks.length && RE_LABEL_PARAGRAPH.test(text.slice(blocks[last + 1].start, blocks[last + 1].end))) last++;
    const a = labelledAssignment(text, block.start, blocks[last].end, ctx);
    if (a) {
      a.standalone = true;
      found.push(a);
    }
    return last;
  }
  // `部门分工：省发展改革委牵头，各地、各部门配合。`: a label line whose value is the role-verb form.
  const division = RE_DIVISION_LABEL.exec(content);
  if (division) {
    const a = verbAssignment(text, block.start + division[0].length, block.end, ctx);
    if (a) {
      a.start = block.start;
      a.standalone = true;
      found.push(a);
      return b;
    }
  }
  const table = tableHeader(content);
  if (table) return tableRows(text, blocks, b, table, ctx, found);
  // Most paragraphs name no unit at all: one test skips them.
  const first = found.length;
  inlineTags(text, block, ctx, found);
  byAssignments(text, block, ctx, found, first);
  isAssignments(text, block, ctx, found, first);
  withAssignments(text, block, ctx, found, first);
  asAssignments(text, block, ctx, found, first);
  if (found.length === first) dutyParagraph(text, blocks, b, ctx, found);
  return b;
}

/**
 * `房管所、规建生态办负责牵头组织…；` / `房管所负责规模租赁场所的…工作；` (twenty-fifth blind set, 623, form 446): under
 * a heading that divides the work (`（二）细化职责分工`, `责任分工`, `工作职责`…) or after a lead paragraph that does
 * (`具体职责分工如下：`, then such paragraphs only), a paragraph that opens with one or more units (joined by 、 or
 * 和) and at once 负责 / 牵头负责 / 具体负责 is that unit column written as prose: a task of its paragraph, the
 * units responsible (`负责牵头`, `牵头负责`: lead), the work after the verb its title. Not prose elsewhere
 * (`各街镇负责做好…` in an item), not `由A负责…` (a sentence of 由), not `负责人`/`负责同志` (`负责人员密集场所的…` is 负责), not a run-in title
 * before the units (`（二）部门工作职责。市、区交通运输部门负责…`, 573), and never where another form found units.
 */
function dutyParagraph(text: string, blocks: Block[], b: number, ctx: Ctx, found: Assignment[]): void {
  const block = blocks[b];
  // `区消防救援局负责协调…。区财政局、区发改委负责落实…。` (twenty-sixth blind set, 629, form 475): the division written as
  // sentences of one paragraph, each sentence a unit's duty.
  let context: boolean | undefined;
  for (let at = block.start; at < block.end;) {
    const stop = text.indexOf('。', at);
    const sentenceEnd = stop < 0 || stop >= block.end ? block.end : stop;
    const m = RE_DUTY_OPENING.exec(text.slice(at, Math.min(block.end, at + 120)));
    if (m) {
      context ??= dutyContext(text, blocks, b, ctx);
      if (!context) return;
      dutySentence(text, at, sentenceEnd, m, ctx, found);
    }
    if (sentenceEnd >= block.end) break;
    at = stop + 1;
    while (at < block.end && /[\s\u3000]/.test(text[at])) at++;
  }
}

/** One unit's duty (dutyParagraph): the opening `m` at `at`, the sentence up to `end`. */
function dutySentence(text: string, at: number, end: number, m: RegExpExecArray, ctx: Ctx, found: Assignment[]): void {
  const listStart = at + m[1].length;
  const listEnd = listStart + m[2].length;
  const pieces: { name: string; start: number }[] = [];
  for (const part of splitTop(text, listStart, listEnd, '、')) {
    const name = text.slice(part.start, part.end);
    // `市场监管局和公安局`: two units when both halves are; `工业和信息化部` is one.
    const and = name.indexOf('和');
    const halves = and > 0 ? [name.slice(0, and), name.slice(and + 1)] : [];
    if (halves.length === 2 && halves.every((x) => looksLikeUnit(x, true) && !UNIT_ALONE_BAD.test(x)))
      pieces.push({ name: halves[0], start: part.start }, { name: halves[1], start: part.start + and + 1 });
    else pieces.push({ name, start: part.start });
  }
  if (pieces.length === 0 || !pieces.every((p) => looksLikeUnit(p.name, true) && !UNIT_ALONE_BAD.test(p.name) && !AS_NOT_NAME.test(p.name)))
    return;
  const verb = m[3];
  const role: UnitRole = /牵头|牽頭/.test(verb) ? 'lead' : 'responsible';
  const verbEnd = listEnd + verb.length;
  const dl = RE_DEADLINE_TEXT.exec(text.slice(verbEnd, end));
  found.push({
    start: listStart,
    end: verbEnd,
    standalone: false,
    inParagraph: true,
    titleFrom: verbEnd - (verb === '负责牵头' || verb === '負責牽頭' ? 2 : 0),
    units: pieces.map((p) => unit(p.name, p.start, role, ctx)),
    deadline: dl ? { text: dl[0], start: verbEnd + dl.index, end: verbEnd + dl.index + dl[0].length, given: false } : undefined,
    source: 'tag',
  });
}
/** A paragraph's opening: an optional item marker, the units, the role verb (not `负责人`, `负责同志`, `负责的`). */
const RE_DUTY_OPENING =
  /^((?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|\d{1,2}[.、．])?[ \u3000]*)([^，,。；;：:！？!?（）()、\s由][^，,。；;：:！？!?（）()\s由]{1,60}?)(负责牵头|負責牽頭|牵头负责|牽頭負責|具体负责|具體負責|负责|負責)(?![同的]|人(?!员))/;
/** Headings and lead paragraphs that divide the work among units. */
const RE_DUTY_HEADING =
  /职责分工|職責分工|责任分工|責任分工|任务分工|任務分工|工作分工|部门分工|部門分工|工作职责|工作職責|部门职责|部門職責|单位职责|單位職責|职责任务|職責任務/;
const RE_DUTY_LEAD = /(?:分工|职责|職責)[^。；;！？]{0,8}[：:]$/;

/** Whether block `b` stands under a heading that divides the work, or in a run of unit paragraphs after such a lead. */
function dutyContext(text: string, blocks: Block[], b: number, ctx: Ctx): boolean {
  const block = blocks[b];
  for (let h = innermost(ctx.headings, block.start); h; h = h.parent ?? undefined) {
    ctx.reads.push(h.start, h.titleEnd);
    if (RE_DUTY_HEADING.test(text.slice(h.markerEnd, h.titleEnd))) return true;
  }
  // A lead paragraph (`各部门职责分工如下：`), then only paragraphs of this form up to this one.
  for (let k = b - 1; k >= 0 && b - k <= 40; k--) {
    const own = text.slice(blocks[k].start, blocks[k].end);
    if (RE_DUTY_LEAD.test(own)) {
      ctx.reads.push(blocks[k].start, block.start);
      return true;
    }
    if (!RE_DUTY_OPENING.test(own.slice(0, 120))) break;
  }
  return false;
}

// ------------------------------------------------------------------------------------------ blocks

const RE_BLOCK_TAG = /<\/?(?:p|div|br|td|tr|li|h\d|table|tbody)\b[^>]*>/gi;

function splitBlocks(text: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  const push = (s: number, e: number) => {
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    // Plain text ends: nothing to strip (the common case, without the regexes below).
    const c0 = text.charCodeAt(s);
    const c1 = text.charCodeAt(e - 1);
    if (c0 !== 60 && c0 !== 38 && c1 !== 62 && c1 !== 59) {
      blocks.push({ start: s, end: e });
      return;
    }
    // Inline tags and entities at the ends (`<span>`, `&nbsp;`) are not content either.
    for (;;) {
      const head = /^(?:<[^>]*>|&nbsp;|[\s\u3000])+/.exec(text.slice(s, Math.min(e, s + 400)));
      if (head && head[0].length > 0 && s + head[0].length <= e) s += head[0].length;
      const tail = /(?:<[^>]*>|&nbsp;|[\s\u3000])+$/.exec(text.slice(Math.max(s, e - 400), e));
      if (tail && tail[0].length > 0) e -= tail[0].length;
      if (!head && !tail) break;
      if ((head?.[0].length ?? 0) === 0 && (tail?.[0].length ?? 0) === 0) break;
    }
    if (e > s) blocks.push({ start: s, end: e });
  };
  // Lines from the model's line table; a line with a `<` is split at its block tags (on the
  // line's own text: a search over the whole text from each line would be quadratic).
  let nextLt = text.indexOf('<');
  for (const line of lines) {
    if (nextLt >= 0 && nextLt < line.start) nextLt = text.indexOf('<', line.start);
    if (nextLt < 0 || nextLt >= line.end) {
      push(line.start, line.end);
      continue;
    }
    const own = text.slice(line.start, line.end);
    RE_BLOCK_TAG.lastIndex = 0;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = RE_BLOCK_TAG.exec(own))) {
      push(line.start + from, line.start + m.index);
      from = m.index + m[0].length;
    }
    push(line.start + from, line.end);
  }
  return blocks;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 13 || c === 10;
}

// ------------------------------------------------------------------------------------------ tags

const OPEN = '（(〔[【';
const CLOSE = '）)〕]】';

/** Bracketed unit tags inside one block. */
function inlineTags(text: string, block: Block, ctx: Ctx, found: Assignment[]): void {
  const first = found.length;
  for (let i = block.start; i < block.end; i++) {
    const c = text.charCodeAt(i);
    // （ ( 〔 [ 【
    if (c !== 0xff08 && c !== 0x28 && c !== 0x3014 && c !== 0x5b && c !== 0x3010) continue;
    let close = matchingClose(text, i, block.end);
    // A hard-wrapped copy (PDF, fixed-width text) may break a tag over lines.
    if (close < 0) {
      close = matchingCloseAcross(text, i);
      // What the scan read past the block (up to the close's line end, or as far as it looked).
      if (close < 0) ctx.reads.push(i, Math.min(text.length, i + 408));
    }
    // The stored copy ends inside a labelled tag (`（牵头单位：市发改委；责任单位：各区人民政府〈含开发区、`, fifteenth blind set,
    // form 215): the tag runs to the end of the text. Not a bracket left open before more text, nor one whose sentence
    // ends (`【责任单位：县数据局。`: the writer's unclosed bracket, which the copy did not cut); a cut tag is short (60 characters).
    const cutTag =
      close < 0 &&
      block.end - i <= 60 &&
      endsText(text, block.end) &&
      RE_LABEL_PARAGRAPH.test(text.slice(i + 1, i + 12)) &&
      !sentenceIn(text, i + 1, block.end);
    if (cutTag) close = block.end;
    if (close < 0) continue;
    const closeLineEnd = close < block.end ? block.end : lineEndAt(text, close);
    if (close >= block.end) ctx.reads.push(i, closeLineEnd);
    const inner = { start: i + 1, end: close };
    if (close - i > 400 || close - i < 3) continue;
    // A tag has a role word, or (a bare list) ends like an office: `（2022）`, `（县级市）` and most
    // asides are left at once.
    const last = text.charCodeAt(close - 1);
    if (!STRONG_LAST.has(last) && !hasRoleWord(text, inner.start, inner.end)) continue;
    const a = labelledAssignment(text, inner.start, inner.end, ctx) ?? verbAssignment(text, inner.start, inner.end, ctx);
    // Role-word tags and bare lists close their item's sentence (an aside in mid-sentence, such as
    // `（技工院校内由人力资源社会保障行政部门负责），`, names who does a part, not the task's units).
    if (a && a.source === 'tag') {
      const after = text.slice(close + 1, Math.min(closeLineEnd, close + 300)).replace(/^(?:<[^>]*>|&nbsp;|[\s\u3000])+/, '');
      const before = text.slice(Math.max(block.start, i - 300), i).replace(/(?:<[^>]*>|&nbsp;|[\s\u3000])+$/, '');
      const closesSentence = /(?:[。；;！？]|^)$/.test(before);
      if (!/^(?:[。；;.（(〔]|$)/.test(after) && !closesSentence) continue;
      if (!closesSentence && RE_HOST_VERB.test(text.slice(inner.start, inner.end))) continue;
    }
    if (a) {
      a.start = i;
      a.end = cutTag ? close : close + 1;
      // A tag alone in its paragraph (`（责任单位：…）` after an item), perhaps with a full stop.
      const before = text.slice(block.start, i).trim();
      const after = text.slice(close + 1, closeLineEnd).replace(/^[。.；;\s]+/, '');
      a.standalone = before === '' && after === '';
      found.push(a);
      i = close;
    }
  }
  // Labels at the tail of the item's paragraph, after its last sentence: `……。责任单位：市商务局`.
  // On the block's own text: a global search from lastIndex would run on to the end of the text.
  const own = text.slice(block.start, block.end);
  // A label is followed by a colon: a block without one has none (most tags are `（…牵头）`).
  if (own.indexOf('：') < 0 && own.indexOf(':') < 0) return;
  RE_TAIL_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_TAIL_LABEL.exec(own))) {
    const s = block.start + m.index + m[0].length;
    // Inside a tag of this block, or of one before that runs on into this line.
    if (found.some((f, k) => k >= Math.max(0, first - 2) && f.start <= s && s < f.end)) continue;
    // Up to the next item: in a document on one line, the next item follows on the same line.
    const next = lowerBound(ctx.headingStarts, (x) => x, s + 1);
    let end = next < ctx.headingStarts.length ? Math.min(block.end, ctx.headingStarts[next]) : block.end;
    // Also at a marker after a blank that the outline did not take (a whole document on one line).
    const marker = RE_NEXT_ITEM.exec(text.slice(s, end));
    if (marker) end = s + marker.index;
    const a = labelledAssignment(text, s, end, ctx);
    if (a) {
      a.standalone = false;
      found.push(a);
      RE_TAIL_LABEL.lastIndex = Math.max(RE_TAIL_LABEL.lastIndex, end - block.start);
    }
  }
}

/** Whether `at` stands inside an assignment found in this block (from `first`) or in one before it that runs on into it. */
function insideFound(found: readonly Assignment[], first: number, at: number): boolean {
  for (let k = Math.max(0, first - 2); k < found.length; k++) if (found[k].start <= at && at < found[k].end) return true;
  return false;
}

/**
 * A sentence that assigns the work: `由A、B负责落实。` (closing an item, or a paragraph of its own after a
 * part), `由A牵头，B配合。`, and `由A负责的Y项目…` (the project of the sentence is A's). The sentence must
 * start with 由 (after a sentence end or at the paragraph's start), name only units, and end right
 * after the role verb (or with 的 for the last form): `本办法由市财政局负责解释。`, `由县教育局牵头召开了…`
 * and `所需经费由市财政局负责。` assign nothing.
 */
/**
 * `市经委作为全市域外招商牵头责任部门，要组织协调好…` (eighteenth blind set, form 296): a sentence that opens with a unit
 * named as the lead (`作为…牵头(责任)单位/部门，`) gives it the work the sentence goes on to name; a task of its paragraph
 * (anchored as `由A负责…` is). The name must end like an office (局, 委, 办…). Not `各牵头单位要…` (no 作为), nor
 * `支持企业作为牵头单位…` (no office's name before 作为), nor 作为 later in a sentence.
 */
function asAssignments(text: string, block: Block, ctx: Ctx, found: Assignment[], first: number): void {
  const own = text.slice(block.start, block.end);
  if (own.indexOf('作为') < 0 && own.indexOf('作為') < 0) return;
  RE_AS_LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_AS_LEAD.exec(own))) {
    const at = block.start + m.index + m[1].length;
    if (insideFound(found, first, at)) continue;
    const name = m[2].trim();
    if (!looksLikeUnit(name, true) || !STRONG_UNIT_END.test(name) || AS_NOT_NAME.test(name)) continue;
    found.push({
      start: at,
      end: block.start + m.index + m[0].length - 1,
      standalone: false,
      inParagraph: true,
      units: [unit(name, at + m[2].indexOf(name), 'lead', ctx)],
      deadline: undefined,
      source: 'tag',
    });
  }
}
/** Words that make the words before 作为 a clause, not a unit's name (`要发挥市商务局作为…`, `支持企业作为…`). */
const AS_NOT_NAME = /^(?:要|将|將|把|由|让|讓|使|对|對|在|支持|发挥|發揮|推动|推動|鼓励|鼓勵|引导|引導|充分|积极|積極)|的/;
const RE_AS_LEAD =
  /(^|[。；;！？][\s\u3000]*)([^，,。；;！？：:、\s]{2,24}?)(?:作为|作為)[^，,。；;！？]{0,24}?(?:牵头|牽頭)(?:责任|責任)?(?:单位|部门|單位|部門)[，,]/g;

function byAssignments(text: string, block: Block, ctx: Ctx, found: Assignment[], first: number): void {
  const own = text.slice(block.start, block.end);
  if (own.indexOf('由') < 0) return;
  RE_BY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_BY.exec(own))) {
    const at = block.start + m.index + m[1].length;
    // Inside a tag of this block (or of one before that runs on into it).
    if (insideFound(found, first, at)) continue;
    const listStart = at + 1;
    const verbEnd = at + m[0].length - m[1].length - m[3].length;
    // `由市委宣传部主办，…负责的活动`: the organiser of an event, not a role of the work (form 662).
    if (RE_HOST_VERB.test(text.slice(listStart, verbEnd))) continue;
    const a = verbAssignment(text, listStart, verbEnd, ctx);
    if (!a || a.source !== 'tag' || a.bare) continue;
    a.start = at;
    a.end = verbEnd + (m[3] === '的' ? 0 : m[3].length);
    const before = text.slice(block.start, at).trim();
    const after = text.slice(a.end, block.end).trim();
    a.standalone = before === '' && after === '';
    a.inParagraph = !a.standalone;
    found.push(a);
  }
}
/**
 * `人均地区生产总值：增长6%左右（…），责任单位为区发改委；`: a label written with 为 after a comma or a sentence
 * end (eighth blind set, 476) assigns the clause's indicator, up to the next mark, to the units it names;
 * each is a task of its paragraph. Not `明确责任单位为…` (the label must follow the mark).
 */
function isAssignments(text: string, block: Block, ctx: Ctx, found: Assignment[], first: number): void {
  const own = text.slice(block.start, block.end);
  if (own.indexOf('为') < 0 && own.indexOf('為') < 0) return;
  RE_IS_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_IS_LABEL.exec(own))) {
    const at = block.start + m.index + m[0].length - m[1].length;
    if (insideFound(found, first, at)) continue;
    const vs = at + m[1].length;
    let ve = vs;
    while (ve < block.end && !RE_IS_STOP.test(text[ve])) ve++;
    const role: UnitRole = /牵头|牽頭/.test(m[1]) ? 'lead' : 'responsible';
    const units: TaskUnit[] = [];
    // (Strict: the words after 为 must read as units, `责任单位为主体的…` is a sentence.)
    for (const u of splitUnits(text, vs, ve)) if (looksLikeUnit(u.name, true)) units.push(unit(u.name, u.start, role, ctx));
    if (units.length === 0) continue;
    found.push({ start: at, end: ve, standalone: false, units, deadline: undefined, source: 'labels', inParagraph: true });
  }
}
/**
 * `…的问题，由发展改革委会同中央农办、农业部…等部门研究提出落实意见。` (a 国务院办公厅 division of policy measures,
 * twelfth blind set, 522): after a comma, 由 X 会同 Y (等部门) and a verb of carrying out (负责落实, 负责, 研究提出落实意见)
 * closing the sentence: X leads, Y are responsible. Every piece must read as a unit; `由市财政局会同有关部门制定办法。`
 * (another verb) and `由县政府会同…召开了会议` assign nothing here.
 */
function withAssignments(text: string, block: Block, ctx: Ctx, found: Assignment[], first: number): void {
  const own = text.slice(block.start, block.end);
  if (own.indexOf('会同') < 0 && own.indexOf('會同') < 0) return;
  RE_WITH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_WITH.exec(own))) {
    const at = block.start + m.index + 1;
    if (insideFound(found, first, at)) continue;
    const leadStart = at + 1;
    const leads = splitUnits(text, leadStart, leadStart + m[1].length);
    const withStart = leadStart + m[1].length + 2;
    const others = splitUnits(text, withStart, withStart + m[2].length);
    if (leads.length === 0 || others.length === 0 || ![...leads, ...others].every((p) => looksLikeUnit(p.name, true))) continue;
    const units = [
      ...leads.map((p) => unit(p.name, p.start, 'lead', ctx)),
      ...others.map((p) => unit(p.name, p.start, 'responsible', ctx)),
    ];
    found.push({
      start: at,
      end: block.start + m.index + m[0].length,
      standalone: false,
      units,
      deadline: undefined,
      source: 'tag',
      inParagraph: true,
    });
  }
}
const RE_WITH =
  /[，,]由([^，,。；;！？由]{2,40}?)(?:会同|會同)([^，,。；;！？由]{2,160}?)(?:等(?:有关)?(?:部门|部門|单位|單位))?(?:研究提出落实意见|研究提出落實意見|负责落实|負責落實|负责|負責)(?=[。；;])/g;
const RE_IS_LABEL = /[，,。；;][\s\u3000]*((?:责任单位|責任單位|责任部门|責任部門|牵头单位|牽頭單位|牵头部门|牽頭部門)(?:为|為))/g;
const RE_IS_STOP = /[，,。；;（(\n]/;

const RE_BY =
  /(^|[。；;！？][\s\u3000]*)由([^。；;！？：:由]{2,120}?(?:负责落实|負責落實|负责|負責|牵头|牽頭|配合|参与|參與))(。|；|;|$|的)/g;

const RE_NEXT_ITEM =
  /[ \t\u3000]+(?=(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[\u4e00-\u9fff“])/;
const RE_TAIL_LABEL = new RegExp(`[。；;][\\s\\u3000]*(?=(?:${LABEL_WORDS})${LABEL_ALTERNATIVE}\\s*[:：])`, 'g');
const STRONG_LAST = new Set([...'部局委厅廳办辦府会會心'].map((c) => c.charCodeAt(0)));
const RE_ROLE_WORD_ONE =
  /牵头|牽頭|负责|負責|责任|責任|配合|参与|參與|支撑|支撐|协办|協辦|指导|指導|协同|協同|协助|協助|主办|主辦|承办|单位|單位|部门|部門/;
function hasRoleWord(text: string, start: number, end: number): boolean {
  return RE_ROLE_WORD_ONE.test(text.slice(start, end));
}
const RE_ROLE_WORDS =
  /牵头|牽頭|负责|負責|责任|責任|配合|参与|參與|支撑|支撐|协办|協辦|指导|指導|协同|協同|协助|協助|主办|主辦|承办|会同|會同|实施部门|實施部門|实施单位|實施單位|推进单位|推進單位|推进部门|推進部門/g;

/** Offsets of the role words (left to right, not overlapping: two characters, or four for 实施部门/实施单位/推进单位/推进部门). */
function roleWordsAt(text: string): number[] {
  const hits: number[] = [];
  RE_ROLE_WORDS.lastIndex = 0;
  for (let m = RE_ROLE_WORDS.exec(text); m; m = RE_ROLE_WORDS.exec(text)) hits.push(m.index);
  return hits;
}

/**
 * RE_FIRST_LEADS.test(text), run only when it can hold: every match has 为/為/爲/是 before a 牵头/牽頭,
 * and every 牵头/牽頭 of the text is a role-word hit (no role word ends with 牵 or 牽).
 */
function firstLeads(text: string, hits: readonly number[]): boolean {
  for (const h of hits) {
    const c = text[h];
    const before = text[h - 1];
    if ((c === '牵' || c === '牽') && (before === '为' || before === '為' || before === '爲' || before === '是'))
      return RE_FIRST_LEADS.test(text);
  }
  return false;
}

/** The closing bracket of a tag broken over at most three lines (no blank line between). */
function matchingCloseAcross(text: string, open: number): number {
  const limit = Math.min(text.length, open + 400);
  let depth = 0;
  let breaks = 0;
  for (let j = open; j < limit; j++) {
    const c = text[j];
    if (c === '\n') {
      breaks++;
      if (breaks > 3 || /^[ \t\u3000\r]*\n/.test(text.slice(j + 1, j + 8))) return -1;
    } else if (OPEN.indexOf(c) >= 0) depth++;
    else if (CLOSE.indexOf(c) >= 0) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** Whether a full stop stands in `[from, to)` (a tag is short: at most 400 characters are read). */
function sentenceIn(text: string, from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 400; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3002 /* 。 */ || c === 0xff01 || c === 0xff1f) return true;
  }
  return false;
}

/** Whether only blanks follow `at` to the end of the text. */
function endsText(text: string, at: number): boolean {
  for (let j = at; j < text.length; j++) if (!isBlank(text.charCodeAt(j))) return false;
  return true;
}

function lineEndAt(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  const e = n < 0 ? text.length : n;
  return e > 0 && text[e - 1] === '\r' ? e - 1 : e;
}

function matchingClose(text: string, open: number, blockEnd: number): number {
  // Tags are short: bounding the scan keeps a line of unclosed brackets linear.
  const limit = Math.min(blockEnd, open + 400);
  let depth = 0;
  for (let j = open; j < limit; j++) {
    const c = text[j];
    if (OPEN.indexOf(c) >= 0) depth++;
    else if (CLOSE.indexOf(c) >= 0) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** `牵头单位：A；责任单位：B、C；完成时限：2025年底前` (also as label paragraphs). */
function labelledAssignment(text: string, start: number, end: number, ctx: Ctx): Assignment | undefined {
  const s = text.slice(start, end);
  RE_LABEL.lastIndex = 0;
  const labels: { label: string; at: number; valueAt: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = RE_LABEL.exec(s))) labels.push({ label: m[1], at: m.index, valueAt: m.index + m[0].length });
  if (labels.length === 0) return undefined;
  // Labelled text must start with its label (not `……，责任单位要…`).
  if (s.slice(0, labels[0].at).replace(/[\s\u3000]/g, '') !== '') return undefined;
  const units: TaskUnit[] = [];
  let deadline: TaskDeadline | undefined;
  for (let k = 0; k < labels.length; k++) {
    const role = LABELS.find(([re]) => re.test(labels[k].label))![1];
    let vs = start + labels[k].valueAt;
    let ve = k + 1 < labels.length ? start + labels[k + 1].at : end;
    // A note after the list (`按职责分工负责。具体任务均涉及……`) is not a unit.
    const stop = firstSentenceEnd(text, vs, ve);
    ve = stop;
    // The convention after the list (`；若工作涉及多个处室的，列第一的为牵头责任处室，下同`) is no unit (form 515);
    // the document says it, so ctx.firstLeads holds.
    const conv = RE_FIRST_LEADS_TAIL.exec(text.slice(vs, ve));
    if (conv) ve = vs + conv.index;
    // `责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再列出` (302): a note after the list is no unit (as in a tag, form 683).
    const note = RE_TAG_NOTE.exec(text.slice(vs, ve));
    if (note && note.index > 0) ve = vs + note.index;
    while (ve > vs && /[\s\u3000；;，,。]/.test(text[ve - 1])) ve--;
    if (role === 'person') continue;
    if (role === 'deadline') {
      if (ve > vs) deadline = { text: text.slice(vs, ve), start: vs, end: ve, given: true };
      continue;
    }
    // `A、B分别牵头`: each leads its part, so all of them lead.
    const each = /(?:分别|分別)(?:牵头|牽頭)(?:负责|負責)?$/.exec(text.slice(vs, ve));
    const list = each ? { start: vs, end: vs + each.index } : stripVerb(text, vs, ve);
    vs = list.start;
    const pieces = splitUnits(text, vs, list.end);
    // `[牵头单位:县发改局(粮食局)、县农业农` (thirtieth blind set 660, form 600): where the stored copy ends inside the list, its last
    // piece is what the cut left of a name; one that ends like no unit is dropped (the pieces before the cut are whole).
    const cut = k === labels.length - 1 && pieces.length > 1 && endsText(text, list.end);
    for (let p = 0; p < pieces.length; p++) {
      const u = pieces[p];
      if (cut && p === pieces.length - 1 && !UNIT_END.test(u.name)) continue;
      if (looksLikeUnit(u.name, false)) units.push(unit(u.name, u.start, each ? 'lead' : role, ctx));
    }
  }
  if (units.length === 0) return undefined;
  if (ctx.firstLeads && !units.some((u) => u.role === 'lead')) units[0] = { ...units[0], role: 'lead' };
  return { start, end, standalone: false, units, deadline, source: 'labels' };
}

/** `（市商务局牵头，市发展改革委配合）`, `（各有关部门按职责分工负责）`, `（A、B负责）`. */
function verbAssignment(text: string, start: number, tagEnd: number, ctx: Ctx): Assignment | undefined {
  let end = tagEnd;
  let firstLeads = ctx.firstLeads;
  const conv = RE_FIRST_LEADS_TAIL.exec(text.slice(start, end));
  if (conv) {
    end = start + conv.index;
    firstLeads = true;
  }
  // `（A指导，B负责落实。以下均需B落实，不再列出）`: the units are in the first sentence, a note follows.
  const stop = firstSentenceEnd(text, start, end);
  if (stop < end && stop > start) end = stop;
  // `〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。…〕` (680, form 683): the note may follow a comma.
  const note = RE_TAG_NOTE.exec(text.slice(start, end));
  if (note && note.index > 0) end = start + note.index;
  const s = text.slice(start, end);
  if (s.length < 3 || /[。！？!?]/.test(s.replace(/[。.]$/, ''))) return undefined;
  if (!VERB_END.test(s)) return bareList(text, start, end, firstLeads, ctx);
  const units: TaskUnit[] = [];
  const pending: { name: string; start: number }[] = [];
  let deadline: TaskDeadline | undefined;
  let any = false;
  for (const clause of splitTop(text, start, end, '，,；;')) {
    let cs = clause.start;
    let ce = clause.end;
    while (cs < ce && /[\s\u3000]/.test(text[cs])) cs++;
    while (ce > cs && /[\s\u3000。.]/.test(text[ce - 1])) ce--;
    if (ce <= cs) continue;
    const c = text.slice(cs, ce);
    const d = RE_DEADLINE_TAG.exec(c);
    if (d && d.index === 0 && /^(?:前|完成|前完成|建成|实现|落实)?$/.test(c.slice(d[0].length))) {
      deadline = { text: c, start: cs, end: ce, given: true };
      continue;
    }
    const v = VERB_CLAUSE.exec(c);
    // `A、B，各省级人民政府按职责分工负责`: units before a comma share the verb after it.
    const own = splitUnits(text, cs, v ? cs + v[1].length : ce);
    if (own.length === 0 || !own.every((p) => looksLikeUnit(p.name, true))) return undefined;
    pending.push(...own);
    if (!v) continue;
    const role: UnitRole = LEAD_VERBS.test(v[2]) ? 'lead' : 'responsible';
    for (const p of pending) units.push(unit(p.name, p.start, role, ctx));
    pending.length = 0;
    any = true;
  }
  if (!any || pending.length) return undefined;
  // The document says the unit listed first leads (`列第一位者为牵头单位，下同`).
  if (firstLeads && !units.some((u) => u.role === 'lead')) units[0] = { ...units[0], role: 'lead' };
  return { start, end, standalone: false, units, deadline, source: 'tag' };
}

/** A note after the units of a tag: on this or the later tasks (`此项及以下…均需…落实,不再列出`, `以上均由…`), never a unit. */
const RE_TAG_NOTE = /[，,；;][\s\u3000]*(?:此项|此項|本项|本項|该项|該項|以下|以上|上述)[^，,；;]*(?:均|都|不再|下同)/;

const VERB_END =
  /(?:牵头|牽頭|负责|負責|配合|参与|參與|协助|協助|协同|協同|指导|指導|落实|落實|主办|主辦|协办|協辦)(?:[，,；;][^，,；;]*)?$|[，,；;]/;

/**
 * A tag that only lists units: the first leads when the document says so; otherwise all are
 * responsible, provided every piece ends like a unit and at least one like an office (局, 委…).
 */
function bareList(text: string, start: number, end: number, firstLeads: boolean, ctx: Ctx): Assignment | undefined {
  const pieces = splitUnits(text, start, end);
  if (pieces.length === 0 || !pieces.every((p) => looksLikeUnit(p.name, true))) return undefined;
  if (!pieces.some((p) => STRONG_UNIT_END.test(p.name))) return undefined;
  const units = pieces.map((p, i) => unit(p.name, p.start, firstLeads && i === 0 ? 'lead' : 'responsible', ctx));
  return { start, end, standalone: false, units, deadline: undefined, source: 'tag', bare: true };
}

/** Drops a trailing role verb from a labelled list (`A、B按职责分工负责`). */
function stripVerb(text: string, start: number, end: number): { start: number; end: number } {
  const s = text.slice(start, end);
  const m =
    /(?:等(?:部门|单位|部門|單位))?(?:按照职责分工负责|按照職責分工負責|按职责分工负责|按職責分工負責|按职责负责|按職責負責|分工负责|分工負責|负责落实|負責落實|共同负责|共同負責|负责|負責|配合|参与|參與)$/.exec(
      s,
    );
  return { start, end: m ? start + m.index : end };
}

function firstSentenceEnd(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (OPEN.indexOf(c) >= 0) depth++;
    else if (CLOSE.indexOf(c) >= 0) depth--;
    else if (depth === 0 && (c === '。' || c === '！' || c === '？')) return i;
  }
  return end;
}

/** Splits `[start, end)` at the separators outside brackets. */
function splitTop(text: string, start: number, end: number, seps: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (OPEN.indexOf(c) >= 0) depth++;
    else if (CLOSE.indexOf(c) >= 0) depth--;
    else if (depth === 0 && seps.indexOf(c) >= 0) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end });
  return out;
}

/**
 * A list of units: split at 、，；(and 及/以及 between two names), blanks trimmed. `各区、县级市`
 * stays one unit: a bare 县级市 after a 各… name is the second half of one collective.
 */
function splitUnits(text: string, start: number, end: number): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const part of splitTop(text, start, end, '、，,；;')) {
    for (const sub of splitJi(text, part.start, part.end)) {
      let s = sub.start;
      let e = sub.end;
      while (s < e && /[\s\u3000]/.test(text[s])) s++;
      while (e > s && /[\s\u3000。.]/.test(text[e - 1])) e--;
      if (e <= s) continue;
      // A note in brackets after the last name (`市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`)
      // is not part of the name; a short bracket inside a name (`各县(市、区)政府`) is.
      const note = /[（(][^（）()]*[，,。；;“”][^（）()]*[）)]$|[（(][^（）()]{9,}[）)]$/.exec(text.slice(s, e));
      if (note && note.index >= 2) {
        e = s + note.index;
        while (e > s && /[\s\u3000]/.test(text[e - 1])) e--;
      }
      // `X等有关部门和单位`, `X等和各省级人民政府`: X, then the collective; a trailing 等 is dropped.
      const etc = /^(.{2,}?)等和?((?:各|有关|相关).{2,})$/.exec(text.slice(s, e));
      if (etc) {
        out.push({ name: etc[1], start: s });
        out.push({ name: etc[2], start: e - etc[2].length });
        continue;
      }
      if (e - s > 2 && text[e - 1] === '等') e--;
      // A note in angle brackets (`各区人民政府〈含开发区、…〉`, form 215) is no part of the name; the note's tail after its 、 is no unit.
      // Only `〈含`: `关于印发〈…〉的通知` is a title, which looksLikeUnit leaves whole.
      let angle = -1;
      let opens = false;
      let shut = false;
      for (let j = s; j < e && angle < 0; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x3008 /* 〈 */) {
          opens = true;
          if (text.charCodeAt(j + 1) === 0x542b /* 含 */) angle = j;
        } else if (c === 0x3009 /* 〉 */) shut = true;
      }
      if (angle >= s + 2) e = angle;
      else if (shut && !opens) continue;
      const name = text.slice(s, e);
      const prev = out[out.length - 1];
      // `各县(市)、区人民政府`: the counties, county-level cities and districts, one collective.
      const collective = prev && /^各[县市区縣區][（(][^）)]{1,4}[）)]$/.test(prev.name) && /^[县市区縣區](?:人民政府|政府)$/.test(name);
      if (
        prev &&
        (UNIT_ALONE_BAD.test(name) || collective) &&
        /^各/.test(prev.name) &&
        text.slice(prev.start + prev.name.length, s).trim() === '、'
      ) {
        prev.name = text.slice(prev.start, e);
        continue;
      }
      out.push({ name, start: s });
    }
  }
  return out;
}

function splitJi(text: string, start: number, end: number): { start: number; end: number }[] {
  const s = text.slice(start, end);
  const m = /^(.{2,}?[^\s])(?:以及|及)(各.{1,}|[^\s].{1,})$/.exec(s);
  if (!m || !looksLikeUnit(m[1], true) || !looksLikeUnit(m[2], true)) return [{ start, end }];
  const at = start + m[1].length;
  return [
    { start, end: at },
    { start: end - m[2].length, end },
  ];
}

function looksLikeUnit(name: string, strict: boolean): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 40) return false;
  if (/[。！？：:%％由]|\d{2,}/.test(n)) return false;
  if (!strict) return true;
  return UNIT_END.test(n.replace(/[（(][^）)]*[）)]$/, '')) || /^(?:各|全|相关|有关|市直|区直|县直|省直)/.test(n);
}

const RE_GLOSS = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;

function unit(written: string, start: number, role: UnitRole, ctx: Ctx): TaskUnit {
  // A line break of a hard-wrapped copy inside a name is layout, not part of the name.
  let name = /[\r\n]/.test(written) ? written.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '') : written;
  // Pinyin glosses of a converter (`鎮(zhèn)公路站`) are no part of the name.
  if (name.indexOf('(') >= 0) name = name.replace(RE_GLOSS, '');
  return { name, key: unitKey(name, ctx.aliases), role, start, end: start + written.length };
}

/** The grouping key: blanks and bracket widths folded, and a short form the document declares. */
function unitKey(name: string, aliases: Map<string, string>): string {
  const k = name
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
  return aliases.get(k) ?? k;
}

/**
 * Short forms the document itself declares: `区商务委员会（以下简称区商务委）` → 区商务委 is
 * 区商务委员会. And `X委员会` / `X委` when both forms are written: the short form of a 委员会 is
 * its 委, so both name one unit (a document that has both wrote one of them as a variant).
 */
function aliasesOf(text: string): Map<string, string> {
  const map = new Map<string, string>();
  // Around each 简称 only: a regex over the whole text would try every ideograph as a start.
  const re = /([\u4e00-\u9fff]{3,20})[（(](?:以下简称|下称|简称)[“"]?([\u4e00-\u9fff]{2,12})[”"]?[）)]/;
  for (let at = text.indexOf('简称'); at >= 0; at = text.indexOf('简称', at + 2)) {
    const m = re.exec(text.slice(Math.max(0, at - 24), at + 18));
    if (m) map.set(m[2], m[1]);
  }
  return map;
}

/**
 * `X委` and `X委员会` both among the task units name one unit: the short form of a 委员会 is its
 * 委. Their keys become the long form's.
 */
function groupCommittees(tasks: Task[]): Task[] {
  const keys = new Set<string>();
  for (const t of tasks) for (const u of [...t.lead, ...t.responsible]) keys.add(u.key);
  const merged = new Map<string, string>();
  for (const k of keys) if (k.endsWith('委员会') && k.length > 4 && keys.has(k.slice(0, -2))) merged.set(k.slice(0, -2), k);
  if (merged.size === 0) return tasks;
  const fix = (u: TaskUnit): TaskUnit => (merged.has(u.key) ? { ...u, key: merged.get(u.key)! } : u);
  return tasks.map((t) => ({ ...t, lead: t.lead.map(fix), responsible: t.responsible.map(fix) }));
}

// ------------------------------------------------------------------------------------------ tables

interface TableColumns {
  sep: RegExp;
  cells: number;
  task: number;
  lead: number;
  responsible: number[];
  deadline: number;
  /** The first of the header's last columns when they are all unit or time columns, after the task's (`责任单位 | 完成时限`); else -1. */
  tail: number;
}

/** A header row of a flattened table (cells split by tabs, `|` or runs of blanks). */
/** Single ideographs one blank apart (`工 作 任 务`): a word spaced out to fill a table cell. */
const SPACED_OUT = /(?<![^\s])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff])+(?![^\s])/g;
/** The separator of a table whose cells are one blank apart (tried last: prose has blanks too). */
const ONE_BLANK = /[ \u3000]/;

function tableHeader(content: string): TableColumns | undefined {
  if (!/牵头单位|责任单位|牵头部门|责任部门|牽頭單位|責任單位|牵头负责部门|牵头负责单位|推进单位|推進單位|推进部门|推進部門/.test(content))
    return undefined;
  for (const sep of [/\t+/, /\s*\|\s*/, /[ \u3000]{2,}/, ONE_BLANK]) {
    // Cells one blank apart (`序号 工 作 任 务 牵头负责部门`): a header spaced out character by character is one cell.
    const header = sep === ONE_BLANK ? content.replace(SPACED_OUT, (w) => w.replace(/[ \u3000]/g, '')) : content;
    const cells = header
      .replace(/^\||\|$/g, '')
      .split(sep)
      .map((c) => c.trim());
    if (cells.length < 3) continue;
    const find = (re: RegExp) => cells.findIndex((c) => re.test(c));
    const lead = find(/^(?:牵头单位|牵头部门|牽頭單位|责任领导|牵头负责部门|牵头负责单位|牵头责任单位|牽頭責任單位)$/);
    // Of several columns that name the work (`工作目标 | 工作内容 | 工作措施 | 责任单位`, form 622), the last before the
    // unit columns: the ones before it are the merged cells of its groups (`(一)强化源头治理`), it is the measure (`1.加强…`).
    const firstRole = Math.min(...[lead, ...cells.map((c, i) => (HEADER_ROLE.test(c) ? i : -1))].filter((i) => i >= 0), cells.length);
    let task = -1;
    for (let i = 0; i < firstRole; i++) if (RE_TASK_COLUMN.test(cells[i]) && (task < 0 || task === i - 1)) task = i;
    if (task < 0) task = find(RE_TASK_COLUMN);
    // A table with explicit separators whose task column has a name of its own (`专项整治行业名称 | 时间安排 | 责任单位`):
    // the first column that is no serial, role or time column holds the task.
    if (task < 0 && sep !== ONE_BLANK) task = cells.findIndex((c) => c !== '' && !RE_NOT_TASK_COLUMN.test(c) && !HEADER_ROLE.test(c));
    const responsible = cells
      .map((c, i) =>
        /^(?:责任单位|责任部门|配合单位|配合部门|責任單位|配合單位|参与单位|參與單位|责任科室|协同部门|協同部門|协同单位|協同單位|协同配合单位|实施部门|实施单位|推进单位|推進單位|推进部门|推進部門)$/.test(
          c,
        )
          ? i
          : -1,
      )
      .filter((i) => i >= 0);
    if (task < 0 || (lead < 0 && responsible.length === 0)) continue;
    const deadline = find(RE_TIME_HEADER);
    const leadColumn = /责任领导/.test(cells[lead] ?? '') ? -1 : lead;
    const side = [leadColumn, ...responsible, deadline].filter((i) => i >= 0);
    let tail = cells.length;
    while (tail > 0 && side.includes(tail - 1)) tail--;
    return {
      sep,
      cells: cells.length,
      task,
      lead: leadColumn,
      responsible,
      deadline,
      tail: tail > task && tail < cells.length && side.every((i) => i >= tail) ? tail : -1,
    };
  }
  return undefined;
}

/** Reads the rows after a header; returns the index of the last block of the table. */
function tableRows(text: string, blocks: Block[], header: number, cols: TableColumns, ctx: Ctx, found: Assignment[]): number {
  let b = header + 1;
  for (; b < blocks.length; b++) {
    const block = blocks[b];
    const row = text.slice(block.start, block.end);
    const cells: { text: string; start: number }[] = [];
    const re = new RegExp(cols.sep.source, 'g');
    let m: RegExpExecArray | null;
    const body = row.replace(/\|$/, '');
    const lead0 = body.startsWith('|') ? 1 : 0;
    let from = lead0;
    re.lastIndex = lead0;
    while ((m = re.exec(body)) && m[0].length > 0) {
      cells.push({ text: body.slice(from, m.index), start: block.start + from });
      from = m.index + m[0].length;
    }
    cells.push({ text: body.slice(from), start: block.start + from });
    if (cells.length !== cols.cells) {
      const a = trailingRoleRow(text, block, cols, ctx);
      if (!a) break;
      found.push(a);
      continue;
    }
    if (/^[-:\s|]+$/.test(row)) continue;
    // A row whose merged leading cells are written once (`| 2.持续… | 县农业农村局 | 2025年11月底前 | ||`, form 621):
    // padded with empty cells at its end, its last cells with text are the unit and time columns.
    const at = (i: number) => (i < 0 ? i : Math.max(0, i - shift));
    const shift = cols.tail >= 0 ? leadingCellsLost(cells, cols) : 0;
    const units: TaskUnit[] = [];
    const addCell = (i: number, role: UnitRole) => {
      if (i < 0) return;
      const c = cells[at(i)];
      const s = c.start + (c.text.length - c.text.trimStart().length);
      const e = s + c.text.trim().length;
      // (`2025年11月底前,并长期坚持`: a time cell, whatever column it stands in; `并长期坚持` is no unit.)
      if (RE_DATED_CELL.test(text.slice(s, e))) return;
      // `****分局牵头,各有关部门按照职责分工负责` (form 622): role words in the cell decide, as in a role-word tag,
      // when one of its units leads (with none, `A、B按职责分工负责` is the column's role, its words dropped below).
      const tag = VERB_END.test(text.slice(s, e)) ? verbAssignment(text, s, e, ctx) : undefined;
      if (tag && tag.units.some((u) => u.role === 'lead')) {
        units.push(...tag.units);
        return;
      }
      for (const u of cellUnits(text, s, e)) {
        // `…、县农业农村局按职责分工负责`: the trailing role words are no part of the last name.
        const v = stripVerb(text, u.start, u.start + u.name.length);
        const name = v.end > v.start && looksLikeUnit(text.slice(v.start, v.end), true) ? text.slice(v.start, v.end) : u.name;
        if (looksLikeUnit(name, false)) units.push(unit(name, u.start, role, ctx));
      }
    };
    addCell(cols.lead, 'lead');
    for (const r of cols.responsible) addCell(r, 'responsible');
    // A task cell left empty (merged with the row above): the row's next cell that says something.
    let t = cells[at(cols.task)];
    for (let i = cols.task + 1; t.text.trim() === '' && i < cells.length; i++)
      if (i !== cols.lead && !cols.responsible.includes(i) && i !== cols.deadline) t = cells[at(i)];
    if (units.length === 0 || t.text.trim() === '') continue;
    let deadline: TaskDeadline | undefined;
    if (cols.deadline >= 0 && cells[at(cols.deadline)].text.trim()) {
      const c = cells[at(cols.deadline)];
      const s = c.start + (c.text.length - c.text.trimStart().length);
      deadline = { text: c.text.trim(), start: s, end: s + c.text.trim().length, given: true };
    }
    const ts = t.start + (t.text.length - t.text.trimStart().length);
    found.push({
      start: block.start,
      end: block.end,
      standalone: false,
      units,
      deadline,
      source: 'table',
      row: { start: ts, title: firstClause(t.text.trim()) },
    });
  }
  // The rows read, and the block that ended the table.
  ctx.reads.push(blocks[header].start, blocks[Math.min(b, blocks.length - 1)].end);
  return b - 1;
}

/** A cell that opens with a date and 前 (`2025年11月底前,并长期坚持`): a time cell, no unit's. */
const RE_DATED_CELL = new RegExp(`^(?:${RE_DEADLINE_TEXT.source})`);

/**
 * How many cells a row of a pipe table lost at its start (form 621): a row whose merged leading cells (工作目标,
 * 工作内容 written once for the rows they span) are left out, and which the export padded with empty cells at its
 * end (`| 2.持续… | 县农业农村局 | 2025年11月底前,并长期坚持 | ||`). The header's last columns are its unit and time
 * columns (cols.tail), so the row's last cells with text are those, counted from the end. Zero for a row with text
 * in its last cell, or one with no cell left before those columns (then nothing says which is which).
 */
function leadingCellsLost(cells: readonly { text: string }[], cols: TableColumns): number {
  let filled = cells.length;
  while (filled > 0 && cells[filled - 1].text.trim() === '') filled--;
  const lost = cols.cells - filled;
  return lost > 0 && filled > cols.cells - cols.tail ? lost : 0;
}

/** Header cells that name the work of a row (a table with separators: tableHeader). */
const TASK_COLUMN_WORDS = '重点任务|工作任务|主要任务|任务|具体任务|工作内容|任务内容|重点工作|工作事项|事项|具体措施|工作措施|任务名称';
const RE_TASK_COLUMN = new RegExp(`^(?:${TASK_COLUMN_WORDS})$`);

/** Header cells that hold no task: serials, times, people, roles and their side columns. */
const RE_NOT_TASK_COLUMN =
  /^(?:序号|序|编号|時間安排|时间安排|完成时限|完成时间|时间节点|时限|完成期限|时间进度|進度安排|进度安排|备注|说明|分管领导|责任领导|牵头领导|责任人)$/;
/** A header cell naming a column of units, whatever its role. */
const HEADER_ROLE = /(?:单位|部门|單位|部門|科室|处室|股室)$/;

/** Units of a table cell: a list, and names one blank apart (`安监站 安监所`) when every piece is a unit. */
function cellUnits(text: string, start: number, end: number): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const u of splitUnits(text, start, end)) {
    const pieces = u.name.split(/[ \u3000]+/);
    if (pieces.length > 1 && pieces.every((p) => looksLikeUnit(p, true) && UNIT_END.test(p))) {
      let at = u.start;
      for (const p of pieces) {
        at = text.indexOf(p, at);
        out.push({ name: p, start: at });
        at += p.length;
      }
    } else out.push(u);
  }
  return out;
}

/**
 * A row with more pieces than its header has cells (cells with blanks inside: `1 加强水资源保 护 …`):
 * when the header's last columns are unit columns, they are the row's last pieces. Only rows that
 * start with a serial number, and only when every one of those pieces is a list of units.
 */
function trailingRoleRow(text: string, block: Block, cols: TableColumns, ctx: Ctx): Assignment | undefined {
  const roleCols = [cols.lead, ...cols.responsible].filter((i) => i >= 0);
  if (roleCols.length === 0 || cols.deadline > Math.min(...roleCols)) return undefined;
  const trailing = cols.cells - Math.min(...roleCols);
  if (!roleCols.every((i) => i >= cols.cells - trailing) || roleCols.length !== trailing) return undefined;
  const row = text.slice(block.start, block.end);
  const serial = /^\d{1,3}(?=[ \u3000\t])/.exec(row);
  if (!serial) return undefined;
  const pieces: { text: string; start: number }[] = [];
  const re = /[^ \u3000\t]+/g;
  for (let m = re.exec(row); m; m = re.exec(row)) pieces.push({ text: m[0], start: block.start + m.index });
  if (pieces.length < trailing + 2) return undefined;
  const tail = pieces.slice(pieces.length - trailing);
  const units: TaskUnit[] = [];
  for (let k = 0; k < trailing; k++) {
    const col = cols.cells - trailing + k;
    const role: UnitRole = col === cols.lead ? 'lead' : 'responsible';
    const c = tail[k];
    const list = splitUnits(text, c.start, c.start + c.text.length).filter((u) => looksLikeUnit(u.name, false));
    if (!list.some((u) => looksLikeUnit(u.name, true))) return undefined;
    for (const u of list) units.push(unit(u.name, u.start, role, ctx));
  }
  const body = pieces[1];
  return {
    start: block.start,
    end: block.end,
    standalone: false,
    units,
    deadline: undefined,
    source: 'table',
    row: { start: body.start, title: firstClause(text.slice(body.start, tail[0].start).trim()) },
  };
}

/**
 * The unit column of an indicator table as text, header or not (`5.城市空气质量优良天数比例(%) 80.1 81.2
 * 约束性 市生态环境局`): the cell after the 约束性/预期性 attribute, when it is one office and the row has
 * cells before the attribute. The unit does the task: responsible.
 */
const RE_ATTRIBUTE = /约束性|预期性|約束性|預期性/g;
function indicatorRow(text: string, block: Block, ctx: Ctx): Assignment | undefined {
  if (block.end - block.start > 240) return undefined;
  const row = text.slice(block.start, block.end);
  const m = /[ \u3000\t]+(?:约束性|预期性|約束性|預期性)[ \u3000\t]+([^ \u3000\t]+)$/.exec(row);
  if (!m || m.index === 0) return undefined;
  const name = m[1];
  const pieces = splitUnits(text, block.end - name.length, block.end);
  if (pieces.length === 0 || !pieces.every((p) => looksLikeUnit(p.name, true) && STRONG_UNIT_END.test(p.name))) return undefined;
  // Cells before the attribute: the indicator and at least one value or placeholder.
  if (
    row
      .slice(0, m.index)
      .trim()
      .split(/[ \u3000\t]+/).length < 2
  )
    return undefined;
  return {
    start: block.start,
    end: block.end,
    standalone: false,
    units: pieces.map((p) => unit(p.name, p.start, 'responsible', ctx)),
    deadline: undefined,
    source: 'table',
    // The indicator: after its serial (a group cell may stand before it), up to the first blank.
    row: {
      start: block.start,
      title: firstClause(
        /(?:^|\d{1,2}[.、．])[ \u3000]*([^ \u3000\t]+)/.exec(row.slice(0, m.index).replace(/^.*?\d{1,2}[.、．]/, ''))?.[1] ?? '',
      ),
    },
  };
}

/** `序号` alone in its cell (a table flattened one cell per line), perhaps with the cell's `|`. */
const RE_SERIAL_HEADER = /^(?:序号|序\s*号|编号)[ \t\u3000]*\|*$/;
/** A cell that opens a part of the table's list: a top-level marker (`一、`…`十、`) and its title. */
function isPartCell(text: string, b: Block): boolean {
  let i = b.start;
  while (i < b.end && isBlank(text.charCodeAt(i))) i++;
  if (i >= b.end || CN_NUMERAL.indexOf(text[i]) < 0) return false;
  return /^[一二三四五六七八九十]{1,3}、\S/.test(text.slice(i, Math.min(b.end, i + 6)));
}
const CN_NUMERAL = '一二三四五六七八九十';
/** One cell of a flattened table: its text without the `|` residue and blanks. */
function cellText(text: string, b: Block): string {
  return text
    .slice(b.start, b.end)
    .replace(/^[|\s\u3000]+|[|\s\u3000]+$/g, '')
    .replace(/[ \u3000]+/g, '');
}
const CELL_LEAD =
  /^(?:牵头单位|牵头部门|牽頭單位|牽頭部門|牵头科室|牵头股室|主责单位|主要责任单位|牵头负责部门|牵头负责单位|牵头责任单位|牽頭責任單位)$/;
const CELL_RESPONSIBLE =
  /^(?:责任单位|責任單位|责任部门|責任部門|责任科室|責任科室|责任处室|责任股室|責任股室|配合单位|配合部门|参与单位|參與單位|协同单位|协办单位|责任主体|责任主体与协同单位|责任主体和协同单位|责任单位及配合单位|配合科室|协同配合单位|协同部门|协同单位|实施部门|实施单位|实施主体|實施主體|推进单位|推進單位|推进部门|推進部門|推进主体|推進主體)$/;
/**
 * A group cell of a table flattened one cell per line: its own numbering, a colon and a title (`行动一：再造发展新极行动（…）`,
 * `任务2：…`), the merged cell of a first column that groups the rows after it (form 361).
 */
const RE_GROUP_CELL = /^(?:行动|任务|專項|专项|工程|板块|领域|領域)[一二三四五六七八九十\d]{1,3}[：:]\S/;
/** The header cell of a task column of a table flattened one cell per line (cellTable): TASK_COLUMN_WORDS and two more. */
const RE_TASK_HEADER = new RegExp(`^(?:${TASK_COLUMN_WORDS}|目标任务|重点工作任务)$`);
/** The column of a task's kind, right after 序号 (`任务类型`, `类别`): its cells name kinds, no units. */
const RE_TYPE_HEADER = /^(?:任务类型|任务类别|任務類型|任務類別|工作类型|工作类别|项目类型|项目类别|类型|类别|類型|類別|分类|任务分类)$/;
/** The mark of the next attachment after a table (`附表3`, `附件2：…`, `附件`): the table ends there. */
const RE_ATTACHMENT_CELL = /^附(?:表|件|图)[\d一二三四五六七八九十]{0,3}(?:[：:].*)?$/;
/** A cell that is only the end of a unit's name (`集团`, `有限公司`): no unit on its own, the rest of the cell before it. */
const RE_UNIT_SUFFIX_CELL = /^(?:集团|集團|公司|有限公司|集团公司|集团有限公司|有限责任公司|股份有限公司|委员会|委員會|管理局|管委会)$/;
/** A header cell that is a bracketed note to the column name before it (`(单位)`, `（部门）`). */
const RE_HEADER_NOTE = /^[（(](?:单位|單位|部门|部門|处室|處室|科室|股室)[）)]$/;
/** Unit columns that do not carry the task out: who scores, checks or oversees it. */
const CELL_OTHER_UNITS = /^(?:评分部门|评分单位|考核部门|考核单位|督办单位|督查单位|督导单位|监督单位|评价部门)$/;

/**
 * A table flattened one cell per line (blank lines between cells are skipped): a header of short
 * cells from `序号` on (a word broken over two cells, `责任` / `科室`, is joined), then rows that
 * start with their serial number alone in a cell (1, 2, 3 … in order). Rows often have fewer cells
 * than the header (merged cells), so units are found by what the cells are: a cell whose every
 * piece is a unit. With a lead column the first unit cell leads and the others are responsible;
 * unit columns after the role columns that do not do the work (评分部门) take the last unit cells.
 * Returns the index of the table's last block, or `b` when there is no such table.
 */
/**
 * What a reading of a flattened table from block `b` looks at: each block's cell text once (a row's end is tested
 * on the next blocks more than once), and how far it looked (`saw`); `done` records the blocks up to the last one
 * seen in Found.reads (the cells up to it decide what the table is) and returns its argument.
 */
function tableBlocks(text: string, blocks: Block[], b: number, ctx: Ctx) {
  let reach = b;
  const cache = new Map<number, string>();
  const saw = (i: number) => {
    if (i > reach) reach = i;
  };
  return {
    saw,
    cell: (i: number) => {
      saw(i);
      let c = cache.get(i);
      if (c === undefined) cache.set(i, (c = cellText(text, blocks[i])));
      return c;
    },
    done: (r: number) => {
      ctx.reads.push(blocks[b].start, blocks[Math.min(reach, blocks.length - 1)].end);
      return r;
    },
  };
}

function cellTable(text: string, blocks: Block[], b: number, ctx: Ctx, found: Assignment[]): number {
  const { cell, done } = tableBlocks(text, blocks, b, ctx);
  // The header run from block `from` (a `序号` cell): its cells, a word broken over two cells joined, and the block after it.
  const readHeader = (from: number): { cells: string[]; next: number } => {
    const cells: string[] = [];
    let k = from;
    for (; k < blocks.length && k < from + 24; k++) {
      const c = cell(k);
      // (A report column's name may be long: `目前完成情况、存在问题及下一步工作措施`, form 540.)
      const reportHeader = c.length <= 30 && RE_REPORT_HEADER.test(c) && !/[。；;！？!?]/.test(c);
      if ((c.length > 12 && !reportHeader) || /^\d+$/.test(c) || isPartCell(text, blocks[k]) || RE_GROUP_CELL.test(c)) break;
      const prev = cells[cells.length - 1];
      // A bracketed note after a unit column's name (`责任股室` / `(单位)`, form 580): part of that header cell.
      if (prev !== undefined && (CELL_LEAD.test(prev) || CELL_RESPONSIBLE.test(prev)) && RE_HEADER_NOTE.test(c)) continue;
      if (
        prev !== undefined &&
        (CELL_LEAD.test(prev + c) ||
          CELL_RESPONSIBLE.test(prev + c) ||
          /^(?:责任领导|分管领导|牵头领导|完成情况|完成时限|攻坚目标任务)$/.test(prev + c) ||
          RE_TIME_HEADER.test(prev + c))
      ) {
        cells[cells.length - 1] = prev + c;
        continue;
      }
      cells.push(c);
    }
    return { cells, next: k };
  };
  const read = readHeader(b);
  const header = read.cells;
  let k = read.next;
  const lead = header.some((c) => CELL_LEAD.test(c));
  const responsible = header.some((c) => CELL_RESPONSIBLE.test(c));
  if (header.length < 3 || (!lead && !responsible)) return done(b);
  let lastRole = -1;
  header.forEach((c, i) => {
    if (CELL_LEAD.test(c) || CELL_RESPONSIBLE.test(c)) lastRole = i;
  });
  const others = header.slice(lastRole + 1).filter((c) => CELL_OTHER_UNITS.test(c)).length;
  // A time column (`时间进度`, `完成时限`: form 415) before or after the unit columns: a row's time cell there is its deadline,
  // and a cell that ends like a unit before a time cell that comes before the units is work, no unit (form 414).
  const timeCol = header.findIndex((c) => RE_TIME_HEADER.test(c));
  let firstRole = header.length;
  header.forEach((c, i) => {
    if (i < firstRole && (CELL_LEAD.test(c) || CELL_RESPONSIBLE.test(c) || CELL_OTHER_UNITS.test(c))) firstRole = i;
  });
  const timePlace = timeCol < 0 ? 0 : timeCol < firstRole ? -1 : timeCol > lastRole ? 1 : 0;
  let next = -1;
  let end = b;
  // The units the table's rows named so far (a glued cell of two of them is both).
  const seenUnits = new Set<string>();
  const isSerial = (i: number) => i < blocks.length && /^\d{1,3}$/.test(cell(i));
  // A part row between the rows (`二、全力以赴扩投资、优服务…`, the parts of the report whose tasks the table lists),
  // or a group cell (`行动二：重塑美丽新居行动（…）`, the merged cell of a `任务类型` column before `序号`: form 361),
  // perhaps with at most two sub-type cells of its group after it (`旧区改造`, `产业园区`: no cells of the row before,
  // form 362). The serial after them goes on with the rows, which end at the part or group.
  // (Only part rows that a row follows: a `一、` cell followed by anything else is a cell of its row.)
  const partsFrom = (i: number): number => {
    let j = i;
    while (j < blocks.length && (isPartCell(text, blocks[j]) || RE_GROUP_CELL.test(cell(j)))) j++;
    if (j === i) return i;
    if (RE_GROUP_CELL.test(cell(j - 1))) for (let t = 0; t < 2 && j < blocks.length && !isSerial(j) && isCategoryCell(cell(j)); t++) j++;
    return isSerial(j) ? j : i;
  };
  const isPart = (i: number) => partsFrom(i) > i;
  // The header again at a page break (序号 / 任务类型 / 重点内容 / …, the same cells), a serial after it: the block after
  // it, else `i` (form 391).
  const repeatFrom = (i: number): number => {
    if (!RE_SERIAL_HEADER.test(cell(i))) return i;
    const again = readHeader(i);
    return again.cells.length === header.length && again.cells.every((c, t) => c === header[t]) && isSerial(again.next) ? again.next : i;
  };
  // A label column between 序号 and the task column (`指标`, form 580): a row's short first cell names its group.
  const taskCol = header.findIndex((c) => RE_TASK_HEADER.test(c));
  const labelColumn = taskCol > 1 && RE_SERIAL_HEADER.test(header[0]);
  // A 任务类型 column right after 序号 (`海绵城市` / `建设管理`, a name of the task's kind): its cell is no unit (form 390).
  const typeColumn = header.length > 2 && RE_SERIAL_HEADER.test(header[0]) && RE_TYPE_HEADER.test(header[1]);
  // Whether the table's cells are blank lines apart (then a cell's lines without a blank between are one cell).
  const blankAfter = (i: number) => i + 1 < blocks.length && /\n[ \t\u3000\r]*\n/.test(text.slice(blocks[i].end, blocks[i + 1].start));
  let spaced = read.next > b + 1;
  for (let i = b; spaced && i + 1 < read.next; i++) if (!blankAfter(i)) spaced = false;
  // The table lists some of a longer list's numbers (`3`, `68`, `69`, `73`: a bureau's rows of the report's task list):
  // after a full row or a part row, the next row's serial may be any larger number.
  // After a group cell the serials may start again from 1 (each group numbered on its own).
  let jump = false;
  // An unnumbered group cell right after the header (`推进实施“光伏+”示范工程`, the merged first cell of a group of rows
  // whose other group cells come between the rows, form 387): short, no sentence, no unit, then (after at most two
  // sub-type cells) the first serial, 1.
  if (
    k < blocks.length &&
    !isSerial(k) &&
    isCategoryCell(cell(k)) &&
    !RE_SERIAL_HEADER.test(cell(k)) &&
    !unitCell(text, blocks[k].start, blocks[k].end)
  ) {
    let j = k + 1;
    for (let t = 0; t < 2 && j < blocks.length && !isSerial(j) && isCategoryCell(cell(j)); t++) j++;
    if (isSerial(j) && cell(j) === '1') k = j;
  }
  while (k < blocks.length) {
    // (The serials go on after a repeated header.)
    if (next >= 0) {
      const again = repeatFrom(k);
      if (again > k) {
        k = again;
        jump = false;
      }
    }
    const after = partsFrom(k);
    let grouped = false;
    for (let i = k; i < after; i++) if (RE_GROUP_CELL.test(cell(i))) grouped = true;
    if (after > k) {
      k = after;
      jump = true;
    }
    // A row: its serial (the next number), then its cells up to the next serial.
    if (!isSerial(k)) break;
    const n = Number(cell(k));
    if (next >= 0 && !(grouped && n === 1) && (jump ? n < next : n !== next)) break;
    const rowStart = k;
    k++;
    const cells: number[] = [];
    // (A group cell right after the serial is the row's own task cell, `3` / `任务三：…`: it ends no row.)
    const rowEnds = (i: number) =>
      ((cells.length > 0 || !RE_GROUP_CELL.test(cell(i))) && isPart(i)) ||
      // The next attachment (`附表3`, `附件2：…`) or the header again (form 389, 391).
      RE_ATTACHMENT_CELL.test(cell(i)) ||
      repeatFrom(i) > i ||
      (isSerial(i) && !isSerial(i + 1) && (Number(cell(i)) === n + 1 || (cells.length >= header.length - 1 && Number(cell(i)) > n)));
    while (k < blocks.length && cells.length < header.length * 2 && !rowEnds(k)) {
      cells.push(k);
      k++;
    }
    if (cells.length === 0) break;
    // After the next attachment's mark nothing is the table's.
    const closed = k < blocks.length && RE_ATTACHMENT_CELL.test(cell(k));
    next = n + 1;
    jump = k < blocks.length && (isPart(k) || Number(cell(k)) !== next);
    end = k - 1;
    ctx.rows.push(blocks[rowStart].start, blocks[end].end);
    const unitCells: { start: number; end: number }[][] = [];
    let title = '';
    let titleAt = -1;
    // The 任务类型 cell: the row's first cell and, in a table of blank-separated cells, its next lines without a blank
    // between (`海绵城市` / `建设管理`); no unit when another cell of the row has units (a row of a serial and one unit cell
    // has lost its type cell to a merge).
    let typeCells = 0;
    if (typeColumn && cells.length > 1) {
      typeCells = 1;
      if (spaced)
        while (typeCells < cells.length - 1 && cells[typeCells] === cells[typeCells - 1] + 1 && !blankAfter(cells[typeCells - 1]))
          typeCells++;
      if (!cells.slice(typeCells).some((i) => unitCell(text, blocks[i].start, blocks[i].end))) typeCells = 0;
      else {
        title = cells
          .slice(0, typeCells)
          .map((i) => cell(i))
          .join('');
        titleAt = blocks[cells[0]].start;
      }
    }
    // Each cell after the type cells: its units (a cell joined with a bare suffix cell after it takes both), or its text.
    const rowCells: { s: number; e: number; raw: string; pieces: { start: number; end: number }[] | undefined }[] = [];
    for (let c = typeCells; c < cells.length; c++) {
      const bl = blocks[cells[c]];
      const raw = text.slice(bl.start, bl.end).replace(/[ \u3000]*\|+[ \u3000]*$/, '');
      const s = bl.start;
      let e = bl.start + raw.length;
      let pieces = unitCell(text, s, e);
      // A unit broken over two cells, `申通地铁` / `集团`: the second a bare suffix no unit is on its own (form 388).
      if (!pieces && c + 1 < cells.length && RE_UNIT_SUFFIX_CELL.test(cell(cells[c + 1]))) {
        const nb = blocks[cells[c + 1]];
        const ne = nb.start + text.slice(nb.start, nb.end).replace(/[ \u3000]*\|+[ \u3000]*$/, '').length;
        pieces = unitCell(text, s, ne);
        if (pieces) {
          c++;
          e = ne;
        }
      }
      rowCells.push({ s, e, raw, pieces });
    }
    // The work cell right after the serial that opens with a verb and ends like a unit (`支持…申报高新技术企业和“科技小巨人”企业`,
    // `支持市北园区探索建设国家级零碳园区，…`: form 414), with unit cells after it in the row: work, no unit.
    if (rowCells.length > 1 && rowCells[0].pieces && rowCells.slice(1).some((r) => r.pieces) && isWorkCell(rowCells[0].raw.trim()))
      rowCells[0].pieces = undefined;
    // The row's time cell (form 415): a short cell saying when, no unit, after the row's first cell and on the side
    // of the units the header puts its time column.
    let timeAt = -1;
    if (timeCol >= 0) {
      const isTime = (i: number) => i > 0 && !rowCells[i].pieces && isTimeCell(rowCells[i].raw.trim());
      const unitsAfter = (i: number) => rowCells.slice(i + 1).some((r) => r.pieces);
      const unitsBefore = (i: number) => rowCells.slice(0, i).some((r) => r.pieces);
      if (timePlace < 0) {
        for (let i = rowCells.length - 1; i > 0 && timeAt < 0; i--) if (isTime(i) && unitsAfter(i)) timeAt = i;
      } else
        for (let i = 1; i < rowCells.length && timeAt < 0; i++)
          if (isTime(i) && unitsBefore(i) && (timePlace > 0 ? !unitsAfter(i) : unitsAfter(i))) timeAt = i;
      // Cells ending like units before a time cell that precedes the unit columns are the row's work (form 414).
      if (timeAt > 0 && timePlace < 0) for (let i = 0; i < timeAt; i++) rowCells[i].pieces = undefined;
    }
    let deadline: TaskDeadline | undefined;
    if (timeAt > 0) {
      const r = rowCells[timeAt];
      const lead0 = r.raw.length - r.raw.trimStart().length;
      const t = r.raw.trim();
      deadline = { text: t, start: r.s + lead0, end: r.s + lead0 + t.length, given: true };
    }
    // Under a label column before the task column (`序号` / `指标` / `工作任务`, form 580), a row's short first text cell
    // (`公共文化服务`) with another text cell after it is the group's label, no title.
    const texts = rowCells.filter((r, i) => !r.pieces && i !== timeAt && r.raw.trim() !== '' && !/^[\d.%％≥≤<>\-—]+$/.test(r.raw.trim()));
    const label = labelColumn && titleAt < 0 && texts.length > 1 && isCategoryCell(texts[0].raw.trim()) ? texts[0] : undefined;
    rowCells.forEach((r, i) => {
      if (r.pieces) unitCells.push(r.pieces);
      else if (r !== label && i !== timeAt && titleAt < 0 && r.raw.trim() !== '' && !/^[\d.%％≥≤<>\-—]+$/.test(r.raw.trim())) {
        title = firstClause(r.raw.trim());
        titleAt = r.s;
      }
    });
    // A cell that is two units of the table glued, their line break lost (`文化宣传股文化馆` after a row's `文化宣传股` /
    // `文化馆`: form 580): both units. Only names whole cells of earlier rows.
    for (const pieces of unitCells) {
      for (let i = 0; i < pieces.length; i++) {
        const name = text.slice(pieces[i].start, pieces[i].end);
        for (let cut = 2; cut <= name.length - 2; cut++)
          if (seenUnits.has(name.slice(0, cut)) && seenUnits.has(name.slice(cut))) {
            const at = pieces[i].start;
            pieces.splice(i, 1, { start: at, end: at + cut }, { start: at + cut, end: pieces[i].end });
            i++;
            break;
          }
      }
      for (const p of pieces) seenUnits.add(text.slice(p.start, p.end));
    }
    const doing = unitCells.slice(0, Math.max(0, unitCells.length - others));
    if (doing.length === 0) {
      if (closed) break;
      continue;
    }
    const units: TaskUnit[] = [];
    doing.forEach((cell, i) => {
      const role: UnitRole = lead && (i === 0 || !responsible) ? 'lead' : 'responsible';
      for (const p of cell) units.push(unit(text.slice(p.start, p.end), p.start, role, ctx));
    });
    // Task cells that open with the report's own numbers (`56.做好…`, `86.深入推进…` in row `12`: the outline's cited
    // items, form 540): one task each on its cell's line, sharing the row's units (the merged unit cell above them).
    const cited: { i: number; h: Heading }[] = [];
    for (const i of cells) {
      const h = headingAt(ctx, blocks[i].start, blocks[i].end);
      if (h?.cited) cited.push({ i, h });
    }
    cited.forEach(({ i, h }, t) => {
      const until = t + 1 < cited.length ? cited[t + 1].i - 1 : end;
      found.push({
        start: h.start,
        end: blocks[until].end,
        standalone: false,
        units: t === 0 ? units : units.map((u) => ({ ...u })),
        deadline,
        source: 'table',
        row: { start: h.start, title: firstClause(text.slice(h.markerEnd, blocks[i].end).trim()) },
      });
    });
    const rb = blocks[rowStart];
    if (cited.length === 0)
      found.push({
        start: rb.start,
        end: blocks[end].end,
        standalone: false,
        units,
        deadline,
        source: 'table',
        row: { start: rb.start, title },
      });
    if (closed) break;
  }
  return done(end);
}

/** The heading that opens the block `[s, e)` (its first characters), if any. */
function headingAt(ctx: Ctx, s: number, e: number): Heading | undefined {
  const h = lowerBound(ctx.headingStarts, (x) => x, s);
  return h < ctx.headingStarts.length && ctx.headingStarts[h] <= s + 2 && ctx.headingStarts[h] < e ? ctx.headings[h] : undefined;
}

/** The header cell of a report column (`完成情况`, `目前完成情况、存在问题及下一步工作措施`): how far the work got, no task. */
const RE_REPORT_HEADER = /完成情况|进展情况|推进情况|進展情況|推進情況|完成進度|完成进度/;
/**
 * The header cell of a time column (form 415): when the row is to be done (`时间进度`, `完成时限`, `时间节点`, `进度安排`).
 * Not a column of how far it got (`推进情况`, `进展情况`, `完成情况`: a report).
 */
const RE_TIME_HEADER =
  /^(?:时间进度|時間進度|进度安排|進度安排|完成时限|完成時限|完成时间|完成時間|时间节点|時間節點|时间安排|時間安排|时限|时限要求|完成期限|计划完成时间|计划完成时限|时间要求|推进时间|实施时间|实施期限)$/;
/** What a time cell says: a date or a term (`2026年底前`, `三季度完成`, `全年推进`), or how long (`持续推进`, `长期坚持`, `与国家安排同步`). */
const RE_TIME_WORDS =
  /\d{4}\s*年|\d{1,2}\s*月|[一二三四1-4１-４]季度|年底|年末|年内|年中|年前|全年|上半年|下半年|长期|長期|持续|持續|常态|常態|同步|每年|每季|每月|每周|逐年|底前|完成|推进|推進|到位|启动|啟動/;
/** A row's time cell: short, no sentence, says when. */
function isTimeCell(c: string): boolean {
  return c !== '' && c.length <= 24 && !/[。；;！？!?]/.test(c) && RE_TIME_WORDS.test(c);
}
/** Verbs a work cell opens with (`支持…`, `推进…`): with ten characters or more, a task, not a unit's name. */
const RE_WORK_VERB =
  /^(?:支持|推进|推進|推动|推動|鼓励|鼓勵|加快|加强|加強|开展|開展|实施|實施|落实|落實|完善|做好|强化|強化|探索|积极|積極|组织|組織|深化|引导|引導|培育|打造|提升|优化|優化|促进|促進|指导|指導|督促|扩大|擴大|严格|嚴格)/;
function isWorkCell(c: string): boolean {
  return c.length >= 10 && RE_WORK_VERB.test(c);
}

/** A sub-type cell of a category column (`旧区改造`, `产业园区`): short, no sentence, no list. */
function isCategoryCell(c: string): boolean {
  return c !== '' && c.length <= 24 && !/[。；;，,：:、！？!?]/.test(c);
}

/**
 * Whether `[s, e)` (a line, a table cell) is only a list of units (`发展改革委、商务委、科技经济委等`): the 责任部门 cell of a
 * table's row. Neighbouring rows naming the same offices repeat it by design, no pasted passage (form 416).
 */
export function isUnitList(text: string, s: number, e: number): boolean {
  while (e > s && /[\s\u3000|]/.test(text[e - 1])) e--;
  while (s < e && /[\s\u3000|]/.test(text[s])) s++;
  return e > s && unitCell(text, s, e) !== undefined;
}

/**
 * Whether `[s, e)` is a label paragraph that names units only (`主要协作单位:各乡镇人民政府、经济开发区管委会`, `牵头责任单位:县卫健委`):
 * the form a division of tasks repeats after each item (duplicates.ts; twenty-ninth blind set, form 582).
 */
export function isUnitLabel(text: string, s: number, e: number): boolean {
  while (s < e && /[\s\u3000]/.test(text[s])) s++;
  const m = RE_LABEL_PARAGRAPH.exec(text.slice(s, Math.min(e, s + 16)));
  if (!m) return false;
  let v = s + m[0].length;
  while (v < e && /[\s\u3000]/.test(text[v])) v++;
  while (e > v && /[\s\u3000。；;]/.test(text[e - 1])) e--;
  return e > v && isUnitList(text, v, e);
}

/** A number and a measure word: a count, no unit's name. */
const RE_COUNTED = /\d\s*(?:所|个|個|座|处|處|家|条|條|项|項|名|人|次|批|台|辆|輛|站|队|隊|公里|千米|米)/;
/** The end of a section of a county bureau (`文化宣传股`, `广电事业股`), not of a share (`入股`, `参股`, `控股`). */
const RE_SECTION_END = /[^\d入参參控持配新一两兩]股$/;
/** The units of a table cell `[s, e)` when every piece of it is one, else undefined. */
function unitCell(text: string, s: number, e: number): { start: number; end: number }[] | undefined {
  const pieces = cellUnits(text, s, e);
  if (
    pieces.length > 0 &&
    // A count of a plan's year cell (`新建幼儿园4所`, `改造3处`) ends like a unit but is none.
    !pieces.some((p) => RE_COUNTED.test(p.name)) &&
    // A title (`各区“十四五”交通光伏任务分配表`, a list or a plan) starts like a collective but is none (form 389).
    !pieces.some((p) => /(?:[^代]表|清单|清單|方案)$/.test(p.name)) &&
    pieces.every((p) => {
      const bare = p.name.replace(/[（(][^）)]*[）)]$/, '');
      // A section of a county bureau (`文化宣传股`, `旅游股`: form 580) is a unit in a table's cell; `入股`, `控股` are none.
      const section = RE_SECTION_END.test(bare) && looksLikeUnit(p.name, false);
      return (looksLikeUnit(p.name, true) && UNIT_END.test(bare)) || section || /^(?:各|相关|有关)/.test(p.name);
    })
  )
    return pieces.map((p) => ({ start: p.start, end: p.start + p.name.length }));
  return undefined;
}

/** A header cell of a table flattened one cell per line: a short name, no sentence, no list, no serial. */
const HEADER_CELL_BAD = /[。；;，,：:、！？!?]|^\d+$/;
/** The marker of a numbered row's cell (`（1）`, `1、`, `（一）`), before its title. */
const RE_ROW_MARKER = /^[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]?[、.．]?[ \u3000]*/;

/**
 * A table flattened one cell per line with no `序号` column, whose rows are numbered items (form 309,
 * 591's 附件): a run of short header cells (a column name broken over two cells, `牵头` / `部门`, is
 * joined) naming at least one unit column (CELL_LEAD, CELL_RESPONSIBLE), then rows, each opening
 * with a cell that is a heading of the outline (`（一）`, `1、改善城市道路环境`, `（1）建设精品道路300条。`)
 * and holding the blocks up to the next heading cell. A row whose cells include units is a task
 * on its heading: the units are the row's last run of unit cells, laid right to left on the unit
 * columns (a row with fewer cells has lost its first ones to a merged cell; one with more holds
 * several names of the first column, the lead). A row with no unit cell of its own (merged with the
 * row above in the original) and the rows of the levels above (a heading and its title cell) are
 * no tasks. The table ends with the first row no heading cell follows: there, at the end of its
 * first run of unit cells. Returns the index of the table's last block, or `b` when there is none.
 */
function headerTable(text: string, blocks: Block[], b: number, ctx: Ctx, found: Assignment[]): number {
  const n = blocks.length;
  const { saw, cell, done } = tableBlocks(text, blocks, b, ctx);
  // The heading a block opens with, if any.
  const headingAt = (i: number): Heading | undefined => {
    saw(i);
    const s = blocks[i].start;
    const h = lowerBound(ctx.headingStarts, (x) => x, s);
    return h < ctx.headingStarts.length && ctx.headingStarts[h] <= s + 2 && ctx.headingStarts[h] < blocks[i].end
      ? ctx.headings[h]
      : undefined;
  };
  // A row's cell: a heading of the first row's numbering context, no shallower than it (a heading above ends the table).
  let top: Heading | undefined = undefined;
  const isRow = (i: number) => {
    const h = headingAt(i);
    // (Not a row number alone in its cell: that is the `序号` form, cellTable's.)
    return h !== undefined && !h.cell && (!top || (h.context === top.context && h.depth >= top.depth));
  };
  const headerCell = (i: number) => {
    if (isRow(i)) return false;
    const c = cell(i);
    return c !== '' && c.length <= 20 && !HEADER_CELL_BAD.test(c);
  };
  // A block that is no header cell opens nothing (and read nothing past itself).
  if (!headerCell(b)) return b;
  // A `序号` cell opens the `序号` form (cellTable's): a header run from it is no other table's.
  const serial = RE_SERIAL_HEADER.test(cell(b));
  // The header: the run of short cells up to the first row.
  const header: string[] = [];
  let k = b;
  for (; k < n && k < b + 30; k++) {
    if (!headerCell(k)) break;
    const c = cell(k);
    // (Read from that cell, a `序号` cell later in the run.)
    if (k > b && RE_SERIAL_HEADER.test(c)) break;
    const prev = header[header.length - 1];
    if (prev !== undefined && (CELL_LEAD.test(prev + c) || CELL_RESPONSIBLE.test(prev + c))) header[header.length - 1] = prev + c;
    else header.push(c);
  }
  // The cells after b in the run open no table either.
  ctx.runEnd = k;
  const roles = header.filter((c) => CELL_LEAD.test(c) || CELL_RESPONSIBLE.test(c));
  if (serial || header.length < 3 || roles.length === 0 || k >= n || k >= b + 30 || !isRow(k)) return done(b);
  const lastRole = header.reduce((at, c, i) => (CELL_LEAD.test(c) || CELL_RESPONSIBLE.test(c) ? i : at), -1);
  const others = header.slice(lastRole + 1).filter((c) => CELL_OTHER_UNITS.test(c)).length;
  top = headingAt(k);
  const cap = Math.max(12, header.length * 2);
  let end = b;
  while (k < n && isRow(k)) {
    const rowStart = k;
    k++;
    const cells: number[] = [];
    while (k < n && cells.length < cap && !headingAt(k)) cells.push(k++);
    // The last row: no heading cell follows it (a heading above the rows' level, another part, ends the table).
    const last = k >= n || !isRow(k);
    const units = cells.map((i) => {
      const bl = blocks[i];
      return cell(i) === ''
        ? undefined
        : unitCell(text, bl.start, bl.start + text.slice(bl.start, bl.end).replace(/[ \u3000]*\|+[ \u3000]*$/, '').length);
    });
    // The run of unit cells: the row's last one, or in the last row its first one (what follows is no cell of the table).
    let from: number;
    let to: number;
    if (last) {
      // At most one cell per unit column there (a name after the table, its issuer, is no cell of it).
      from = to = units.findIndex((u) => u !== undefined);
      while (from >= 0 && to + 1 < units.length && units[to + 1] && to + 1 - from < roles.length + others) to++;
    } else {
      to = units.length - 1;
      while (to >= 0 && !units[to]) to--;
      from = to;
      while (from > 0 && units[from - 1]) from--;
    }
    end = last ? (to >= 0 ? cells[to] : rowStart) : k - 1;
    ctx.rows.push(blocks[rowStart].start, blocks[end].end);
    const doing = to < 0 ? [] : (units.slice(from, to + 1 - others) as { start: number; end: number }[][]);
    if (doing.length > 0) {
      const m = roles.length;
      const assigned: TaskUnit[] = [];
      doing.forEach((pieces, i) => {
        // Right to left: the last cell is the last unit column; extra cells go to the first.
        const col = roles[Math.max(0, i + m - doing.length)];
        const role: UnitRole = CELL_LEAD.test(col) ? 'lead' : 'responsible';
        for (const p of pieces) assigned.push(unit(text.slice(p.start, p.end), p.start, role, ctx));
      });
      const rb = blocks[rowStart];
      const own = text.slice(rb.start, rb.end).trim();
      found.push({
        start: rb.start,
        end: blocks[end].end,
        standalone: false,
        units: assigned,
        deadline: undefined,
        source: 'table',
        row: { start: rb.start, title: firstClause(own.replace(RE_ROW_MARKER, '')) },
      });
    }
    if (last) break;
  }
  return done(end);
}

// ------------------------------------------------------------------------------------------ anchoring

/**
 * The text ranges anchoring read while it ran (titles, a task's text searched for a deadline, the
 * text between two assignments, the starts of the paragraphs before one), as [start, end] pairs:
 * set by `anchor` for its own run (a module variable, not a parameter of every helper).
 */
let anchorReads: number[] = [];

function anchor(model: DocumentModel, blocks: Block[], found: Assignment[]): Task[] {
  const { text, headings } = model;
  const reads = anchorReads;
  const tasks: Task[] = [];
  const assigned = new Set<Heading>();
  const blockStarts = blocks.map((b) => b.start);
  const blockOf = (offset: number) => Math.max(0, lowerBound(blockStarts, (x) => x, offset + 1) - 1);
  const byHeading = new Map<Heading, number>();
  /** Starts of the unnumbered tasks, ascending (assignments come in document order). */
  const unnumbered: number[] = [];
  /** How many assignments each heading holds directly (not inside a sub-item). */
  const perHeading = new Map<Heading, number>();
  for (const a of found) {
    const h = innermost(headings, a.start);
    if (h) perHeading.set(h, (perHeading.get(h) ?? 0) + 1);
  }
  const tagsPerBlock = new Map<number, number>();
  for (const a of found)
    if (!a.standalone && a.source !== 'table') tagsPerBlock.set(blockOf(a.start), (tagsPerBlock.get(blockOf(a.start)) ?? 0) + 1);
  /** Where the previous assignment of the same section ended: an unnumbered task starts after it. */
  let lastEnd = 0;
  for (const a of found) {
    if (a.source === 'table' && a.row) {
      const h = innermost(headings, a.start);
      // A row that is itself a numbered item (its serial read as a heading): the item is the task's
      // heading and its section the one above, not the row itself.
      const own = h && lineAt(model.lines, h.start) === lineAt(model.lines, a.row.start) ? h : undefined;
      tasks.push(makeTask(model, a.row.start, a.end, a.row.title, own, own ? (own.parent ?? undefined) : h, [a]));
      lastEnd = a.end;
      continue;
    }
    let h = innermost(headings, a.start);
    const b = blockOf(a.start);
    let start: number | undefined;
    // Several tags in one paragraph of run-in items (`一是……（A牵头）；二是……（B牵头）`): each tag
    // belongs to the item it closes.
    if (!a.standalone && (tagsPerBlock.get(b) ?? 0) >= 2) {
      const e = lastEnumerationBefore(model, a.start, Math.max(lastEnd, blocks[b].start));
      if (e) {
        unnumbered.push(e.start);
        tasks.push(makeTask(model, e.start, a.end, titleOf(text, e.markerEnd, a), undefined, h, [a]));
        lastEnd = a.end;
        continue;
      }
    }
    if (h) {
      const own = blockOf(h.start);
      if (!a.standalone) {
        // A tag inside the item's own paragraph, or in a later paragraph of its section.
        if (own === b) start = h.start;
      } else {
        // A unit paragraph right after the item's paragraph (blank lines skipped), or after the
        // last of its sub-items when none of them has units of its own (the units are the parent's).
        const parent = h.parent;
        const siblings = parent ? parent.children : [];
        const last = siblings.length >= 2 && siblings[siblings.length - 1] === h;
        if (parent && last && !siblings.some((s) => assigned.has(s)) && !hasStrayUnits(unnumbered, parent) && h.end >= parent.end) {
          h = parent;
          start = h.start;
        } else if (own === b - 1 || (own < b && lastEnd <= blocks[own].start && noTextBetween(blocks, own, b, headings))) start = h.start;
      }
      // The only assignment of an item whose title stands on a line of its own, after the item's
      // body paragraphs (`（一）加强市场体系建设` / body / `（责任单位：…）`): it is the item's.
      // Not a paragraph of a division of work (`三、职责分工` / `区发改委负责…`): the paragraph is the task, its heading divides.
      if (
        start === undefined &&
        (perHeading.get(h) ?? 0) === 1 &&
        lastEnd <= h.start &&
        lastChildEnd(h, a.start) === 0 &&
        a.titleFrom === undefined
      )
        start = h.start;
    }
    if (start !== undefined && h) {
      const prior = byHeading.get(h);
      // `（一）……信息。（A负责落实）推进……公开。（B、C分别负责落实）`: each sentence with its own tag
      // is a task of its own; tags with nothing between them (`（牵头单位：A）（责任单位：B）`) are one.
      const gap =
        prior !== undefined && lastEnd >= tasks[prior].start
          ? /^(?:<[^>]*>|&nbsp;|[\s\u3000。；;，,])*/.exec(text.slice(lastEnd, a.start))
          : null;
      if (gap) reads.push(lastEnd, a.start);
      if (prior !== undefined && gap && /[\u4e00-\u9fff]{4}/.test(text.slice(lastEnd + gap[0].length, a.start))) {
        const s = lastEnd + gap[0].length;
        unnumbered.push(s);
        tasks.push(makeTask(model, s, a.end, titleOf(text, s, a), undefined, h, [a]));
      } else if (prior !== undefined) {
        merge(tasks, prior, a);
      } else {
        assigned.add(h);
        byHeading.set(h, tasks.length);
        tasks.push(
          makeTask(model, h.start, Math.max(a.end, h.titleEnd), titleOf(text, a.titleFrom ?? h.markerEnd, a), h, h.parent ?? undefined, [
            a,
          ]),
        );
      }
      lastEnd = a.end;
      continue;
    }
    // An unnumbered task: from the first paragraph after the previous boundary (the enclosing
    // heading's paragraph, its last sub-item or the previous assignment) up to the assignment.
    let from = a.standalone ? b - 1 : b;
    // `牵头部门:市发展改革委` first in the text (a page of one task whose own text the copy lacks, form 295): the
    // label paragraph is the task.
    if (from < 0 && a.source === 'labels' && !h) from = 0;
    if (from < 0) continue;
    const floor = Math.max(lastEnd, h ? blocks[blockOf(h.start)].end : 0, lastChildEnd(h, a.start));
    // Back over the task's own paragraphs (its title paragraph and body), never past a numbered
    // line the parser may not have read as a heading, and never far.
    let steps = 0;
    while (
      !a.inParagraph &&
      from - 1 >= 0 &&
      steps < 2 &&
      blocks[from - 1].start >= floor &&
      !isHeadingBlock(headings, blocks[from - 1]) &&
      reads.push(blocks[from - 1].start, blocks[from - 1].start + 8) &&
      !MARKER_START.test(text.slice(blocks[from - 1].start, blocks[from - 1].start + 8))
    ) {
      from--;
      steps++;
    }
    let s = blocks[from].start;
    if (s < floor && from === b && floor < a.start) {
      // Two tasks in one paragraph: the second starts after the first one's assignment.
      reads.push(floor, a.start);
      const rest = /^(?:<[^>]*>|&nbsp;|[\s\u3000。；;，,])*/.exec(text.slice(floor, a.start));
      s = floor + (rest ? rest[0].length : 0);
      if (s >= a.start) {
        lastEnd = a.end;
        continue;
      }
    } else if (s < floor || isHeadingBlock(headings, blocks[from])) {
      lastEnd = a.end;
      continue;
    }
    unnumbered.push(s);
    tasks.push(makeTask(model, s, a.end, titleOf(text, a.titleFrom ?? s, a), undefined, h, [a]));
    lastEnd = a.end;
  }
  tasks.sort((x, y) => x.start - y.start);
  return tasks;
}

const MARKER_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节条部分])/;

/** The last run-in item (一是, 二要…) that starts in `[from, before)`. */
function lastEnumerationBefore(model: DocumentModel, before: number, from: number): Enumeration | undefined {
  const i = lowerBound(model.enumerations, (e) => e.start, before) - 1;
  const e = i >= 0 ? model.enumerations[i] : undefined;
  return e && e.start >= from ? e : undefined;
}

/** Whether an unnumbered task starts inside `parent`'s section (`starts` ascending). */
function hasStrayUnits(starts: readonly number[], parent: Heading): boolean {
  const i = lowerBound(starts, (x) => x, parent.start);
  return i < starts.length && starts[i] < parent.end;
}

function noTextBetween(blocks: Block[], own: number, b: number, headings: readonly Heading[]): boolean {
  for (let k = own + 1; k < b; k++) if (!isHeadingBlock(headings, blocks[k])) return false;
  return own + 1 === b;
}

function lastChildEnd(h: Heading | undefined, before: number): number {
  if (!h) return 0;
  let end = 0;
  for (const c of h.children) if (c.start < before) end = Math.min(c.end, before);
  return end;
}

function isHeadingBlock(headings: readonly Heading[], block: Block): boolean {
  const i = lowerBound(headings, (h) => h.start, block.start);
  return i < headings.length && headings[i].start < block.end && headings[i].start <= block.start + 2;
}

/** The innermost heading whose section holds `offset`. */
function innermost(headings: readonly Heading[], offset: number): Heading | undefined {
  const i = lowerBound(headings, (h) => h.start, offset + 1) - 1;
  let h: Heading | undefined = i >= 0 ? headings[i] : undefined;
  while (h && !(h.start <= offset && offset < h.end)) h = h.parent;
  return h;
}

function merge(tasks: Task[], i: number, a: Assignment): void {
  const prior = tasks[i];
  tasks[i] = {
    ...prior,
    end: Math.max(prior.end, a.end),
    lead: [...prior.lead, ...a.units.filter((u) => u.role === 'lead')],
    responsible: [...prior.responsible, ...a.units.filter((u) => u.role === 'responsible')],
    deadline: prior.deadline ?? a.deadline,
    assignments: [...prior.assignments, { start: a.start, end: a.end }],
  };
}

function makeTask(
  model: DocumentModel,
  start: number,
  end: number,
  title: string,
  heading: Heading | undefined,
  section: Heading | undefined,
  as: Assignment[],
): Task {
  const { text } = model;
  const units = as.flatMap((a) => a.units);
  let deadline = as.find((a) => a.deadline)?.deadline;
  if (!deadline) {
    // A dated deadline in the task's own text, before its assignment.
    const body = text.slice(start, Math.min(as[0].start, start + 3000));
    anchorReads.push(start, start + body.length);
    const m = RE_DEADLINE_TEXT.exec(body);
    if (m) deadline = { text: m[0], start: start + m.index, end: start + m.index + m[0].length, given: false };
  }
  return {
    start,
    line: lineAt(model.lines, start),
    end,
    title,
    lead: dedupe(units.filter((u) => u.role === 'lead')),
    responsible: dedupe(units.filter((u) => u.role === 'responsible')),
    deadline,
    heading,
    section,
    assignments: as.map((a) => ({ start: a.start, end: a.end })),
    source: as[0].source,
  };
}

function dedupe(units: TaskUnit[]): TaskUnit[] {
  const seen = new Set<string>();
  return units.filter((u) => (seen.has(u.name) ? false : (seen.add(u.name), true)));
}

/** The task's title: its run-in title or first clause, without the assignment. */
function titleOf(text: string, from: number, a: Assignment): string {
  let s = from;
  while (s < text.length && /[\s\u3000]/.test(text[s])) s++;
  const limit = Math.min(text.length, s + 200, a.start > s ? a.start : s + 200);
  anchorReads.push(from, limit);
  return firstClause(text.slice(s, limit).replace(/<[^>]*>/g, ''));
}

function firstClause(s: string): string {
  // Pinyin glosses of a converter are no part of the title either.
  if (s.indexOf('(') >= 0) s = s.replace(RE_GLOSS, '');
  const m = /[。；;！？!?，,：:\n\r]/.exec(s);
  let t = (m ? s.slice(0, m.index) : s).trim();
  if (t.length > 40) t = t.slice(0, 39) + '…';
  return t;
}

/** The plan period (first and last year): `（2018—2020年）` in the head, else the plan year. */
export function planPeriod(model: DocumentModel, planYear: number | undefined): { from: number; to: number } | undefined {
  const head = model.text.slice(0, 1500);
  const m =
    /(\d{4})\s*[—–\-－~～至到]{1,2}\s*(\d{4})\s*年/.exec(model.title?.text ?? '') ??
    /[（(](\d{4})\s*[—–\-－~～至到]{1,2}\s*(\d{4})\s*年[）)]/.exec(head);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to >= from && to - from <= 15) return { from, to };
  }
  return planYear === undefined ? undefined : { from: planYear, to: planYear };
}

/** A placeholder of a template (`××局`, `……`): the checks leave it alone. */
export function isPlaceholderUnit(name: string): boolean {
  return /[×✕＊*]|……|^某/.test(name);
}
