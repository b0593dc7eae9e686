/**
 * Indicator tables of 规划/行动计划/实施方案 as text: one row a line, cells apart by blanks or tabs
 * (`城市空气质量优良天数比例(%) 80.1 81.2 约束性 市生态环境局`). The bare numbers of the baseline and
 * target cells are read only where the table says which column is which:
 *
 * - a header row naming an indicator column (指标/项目/名称) and a baseline column (基准值/现状值/基期…)
 *   and/or a target column (目标值/预期值/规划值…), or two year columns (`2020年 2025年`) beside an
 *   attribute column (属性): the earlier year the baseline, the later the target. The rows below it,
 *   until a line that is not a row, give their cells at the header's places counted from the
 *   indicator's cell.
 * - without a header (a table that starts on an earlier page), a row whose indicator carries its unit
 *   (`…比例(%)`) and has exactly two cells before an attribute cell (约束性/预期性), the form of the
 *   plans' indicator tables (基期值, 目标值, 属性): the first the baseline, the second the target. The
 *   block goes on over rows without the attribute cell; only rows of two cells (and a department
 *   after them) are read there.
 *
 * Anything else (a table of results without such a header, a list of tasks with serial numbers,
 * dates or page numbers with blanks) gives nothing.
 */
import { lineAt, type DocumentModel, type Line } from '../model/model';

export interface TableCell {
  readonly line: number;
  /** Offsets of the number as written, with its % and 以上/以下… when written (`95%`, `90以上`). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  /** The indicator without its serial number and `(单位)`. */
  readonly metric: string;
  /** The unit of the indicator's `(单位)` or the 单位 column, '' when none. */
  readonly unit: string;
  /** 不低于/不超过/低于/高于 for ≥/≤/</> and the words written before the number, '' when none. */
  readonly qualifier: string;
  readonly kind: 'target' | 'baseline';
  /** The end of a range written in the cell (`35-36`: 36). */
  readonly valueMax?: number;
  /** A cell of an allocation table (allocationTable): a fact where the text reviews, a target elsewhere. */
  readonly allocation?: boolean;
  /** The year of its row in an allocation table keyed by years (`2024年`): a year before the plan's is done. */
  readonly year?: number;
  /** A cell of a table whose cells are set apart by ` | ` (a Word table on a web page): its column decides the kind of a quantity the scan reads there too. */
  readonly piped?: boolean;
}

interface Cell {
  readonly text: string;
  readonly start: number;
  readonly piped?: boolean;
}

/** Where a table's columns stand, counted from the indicator's cell. */
interface Layout {
  readonly baseline: number | undefined;
  readonly target: number | undefined;
  readonly unit: number | undefined;
  /** Header-less: the block started on a row with an attribute cell. */
  readonly headerless: boolean;
  /** The indicator's cell in the header (cellPerLine). */
  readonly name?: number;
}

const CELL = /[^ \t\u3000]+/g;
const CJK = /[\u3400-\u9fff]/;
const DASH = /^[-—–－/／]+$|^—+$/;
const NUMBER = /^(?:[≥≤<>＞＜]=?)?\d+(?:\.\d+)?[%％]?\*?$/;
const ATTRIBUTE = /^(?:约束性|预期性)\*?$/;
const SERIAL = /^(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*/;
const UNIT_SUFFIX = /[（(]([^（）()]{1,10})[)）]\*?$/;
/** A cell's value: words or a sign before, the number, % and 以上… after, then the end or words after 并/，. */
const VALUE =
  /^(达到|达|不低于|不少于|不超过|不高于|高于|低于|超过|大于|小于|增长)?([≥≤<>＞＜]=?)?(\d+(?:\.\d+)?)([%％])?(以上|以下|左右|以内)?\*?(?=$|并|，|,|；|;)/;
const SIGN: Record<string, string> = {
  '≥': '不低于',
  '>=': '不低于',
  '≤': '不超过',
  '<=': '不超过',
  '<': '低于',
  '＜': '低于',
  '>': '高于',
  '＞': '高于',
};
const WORD = /^(?:达到|达|增长)$/;

function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const line = text.slice(start, end);
  // `序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩`: the pipes set the cells apart, a blank is inside one.
  if (line.includes(' | ')) {
    for (let from = 0; from < line.length;) {
      let to = line.indexOf('|', from);
      if (to < 0) to = line.length;
      const raw = line.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const cell = raw.trim();
      if (cell) cells.push({ text: cell, start: start + from + lead, piped: true });
      from = to + 1;
    }
    return cells;
  }
  CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL.exec(line))) cells.push({ text: m[0], start: start + m.index });
  return cells;
}

const isValue = (c: string) => NUMBER.test(c) || DASH.test(c);

/** The header's layout, or undefined when the line is no header of an indicator table. */
function headerLayout(cells: readonly Cell[]): Layout | undefined {
  if (cells.length < 3) return undefined;
  let name = -1;
  let unit: number | undefined;
  let baseline: number | undefined;
  let target: number | undefined;
  let attribute = false;
  const years: number[] = [];
  for (let j = 0; j < cells.length; j++) {
    const c = cells[j].text;
    if (/^(?:指标)?属性$|^性质$/.test(c)) attribute = true;
    else if (/基准|现状|基期|基数|实绩/.test(c)) baseline ??= j;
    else if (/目标|预期值|规划值/.test(c)) target ??= j;
    else if (/^(?:计量)?单位$/.test(c)) unit ??= j;
    else if (/^(?:19|20)\d\d年?(?:底|末)?$/.test(c)) years.push(j);
    else if (name < 0 && /指标|项目|名称/.test(c)) name = j;
  }
  if (name < 0) return undefined;
  // Years beside 属性: the last one the target, the one just before the target's column the baseline
  // (`2019年 2020年 2025年目标`: 2020年).
  if (attribute && years.length + (target === undefined ? 0 : 1) >= 2) {
    target ??= years.pop();
    const before = years.filter((j) => j < target!);
    baseline ??= before[before.length - 1];
  }
  if (baseline === undefined && target === undefined) return undefined;
  const rel = (j: number | undefined) => (j === undefined || j <= name ? undefined : j - name);
  if (rel(baseline) === undefined && rel(target) === undefined) return undefined;
  return { baseline: rel(baseline), target: rel(target), unit: rel(unit), headerless: false, name };
}

/** The index of the indicator's cell: the last cell with Chinese before the first value cell. */
function nameIndex(cells: readonly Cell[]): number {
  for (let j = 1; j < cells.length; j++) {
    if (!isValue(cells[j].text)) continue;
    for (let k = j - 1; k >= 0; k--) if (CJK.test(cells[k].text) && !isValue(cells[k].text)) return k;
    return -1;
  }
  return -1;
}

/** The indicator of a row of a header-less block: the cell with `(单位)` before a value or text cell. */
function unitNameIndex(cells: readonly Cell[]): number {
  for (let j = 0; j + 1 < cells.length; j++) if (CJK.test(cells[j].text) && UNIT_SUFFIX.test(cells[j].text)) return j;
  return -1;
}

function metricOf(name: string): { metric: string; unit: string } {
  // `地区生产总值(GDP)`: an abbreviation in brackets is the indicator's, not a unit.
  const u0 = UNIT_SUFFIX.exec(name);
  const u = u0 && !/^[A-Za-z]+$/.test(u0[1]) ? u0 : null;
  const bare = (u ? name.slice(0, u.index) : name.replace(/\*$/, '')).replace(SERIAL, '');
  return { metric: bare, unit: u ? u[1].replace('％', '%') : '' };
}

function read(cell: Cell | undefined, kind: 'target' | 'baseline', line: number, metric: string, unit: string, out: TableCell[]): void {
  if (!cell) return;
  const m = VALUE.exec(cell.text);
  if (!m) return;
  const numberAt = (m[1] ?? '').length + (m[2] ?? '').length;
  const written = m[3] + (m[4] ?? '') + (m[5] ?? '');
  const start = cell.start + numberAt;
  const qualifier = (m[2] ? SIGN[m[2]] : m[1] && !WORD.test(m[1]) ? m[1] : '') + (m[5] ?? '');
  out.push({
    line,
    start,
    end: start + written.length,
    text: written,
    value: Number(m[3]),
    metric,
    unit: m[4] ? '%' : unit,
    qualifier,
    kind,
    ...(cell.piped ? { piped: true } : {}),
  });
}

/** A model's cells, and the offset ranges of the tables read (a header or first row up to the line that ended it), as [start, end] pairs. */
const cellsByModel = new WeakMap<DocumentModel, { cells: TableCell[]; reads: number[] }>();
const pending = new WeakMap<DocumentModel, { before: DocumentModel; change: TextChange }>();
const carried = new WeakSet<DocumentModel>();

/**
 * indicatorTableCells of a model, once per model: the extraction reads them, and the incremental
 * splice asks of the previous version and of the new one whether they have any.
 */
export function tableCellsOf(model: DocumentModel): readonly TableCell[] {
  let st = cellsByModel.get(model);
  if (!st) {
    const link = pending.get(model);
    pending.delete(model);
    st = link && cellsAfterEdit(link.before, model, link.change);
    if (st) carried.add(model);
    else {
      const reads: number[] = [];
      st = { cells: indicatorTableCells(model.text, model.lines, reads), reads };
    }
    cellsByModel.set(model, st);
  }
  return st.cells;
}

/** An edit: `[start, oldEnd)` of the previous text became `[start, newEnd)` (services/incremental.ts TextChange). */
interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * Tells the table facts that `model` is the previous version `before` edited by `change`
 * (services/incremental.ts): after an edit inside one line that holds no word a table can start
 * with, before or after it, and that no table's rows reach, the cells are the previous version's moved.
 */
export function linkTableCells(before: DocumentModel, model: DocumentModel, change: TextChange): void {
  if (!cellsByModel.has(model) && cellsByModel.has(before)) pending.set(model, { before, change });
}

/** Whether `model`'s cells are the previous version's moved (for tests). */
export function tableCellsCarried(model: DocumentModel): boolean {
  return carried.has(model);
}

/**
 * The search of indicatorTableCells stops only at the lines with a MAY_START word, and reads the
 * lines after one only while they are rows of its table: a line with no such word in either version
 * and inside no table read is passed over alike, and every cell outside it stands where it stood,
 * moved by the edit.
 */
function cellsAfterEdit(before: DocumentModel, model: DocumentModel, c: TextChange): { cells: TableCell[]; reads: number[] } | undefined {
  const st = cellsByModel.get(before);
  if (!st) return undefined;
  const d = c.newEnd - c.oldEnd;
  if (before.lines.length !== model.lines.length || model.text.length - before.text.length !== d) return undefined;
  if (/[\r\n]/.test(before.text.slice(c.start, c.oldEnd)) || /[\r\n]/.test(model.text.slice(c.start, c.newEnd))) return undefined;
  const li = lineAt(before.lines, c.start);
  const o = before.lines[li];
  const n = model.lines[li];
  if (c.oldEnd > o.end || n.start !== o.start || n.end !== o.end + d) return undefined;
  if (MAY_START.test(before.text.slice(o.start, o.end)) || MAY_START.test(model.text.slice(n.start, n.end))) return undefined;
  const { reads } = st;
  for (let i = 0; i < reads.length; i += 2) if (reads[i] <= o.end && reads[i + 1] >= o.start) return undefined;
  const at = c.start;
  return {
    cells: st.cells.map((x) => (x.start < at ? x : { ...x, start: x.start + d, end: x.end + d })),
    reads: reads.map((x) => (x < at ? x : x + d)),
  };
}

/**
 * The baseline and target cells of the document's indicator tables, in text order. `reads`: the
 * offset ranges of the tables read are pushed onto it (a header or first row up to the line that ended it).
 */
export function indicatorTableCells(text: string, lines: readonly Line[], reads?: number[]): TableCell[] {
  const out: TableCell[] = [];
  // Only the lines holding a header's or an attribute cell's words can start a table, and a header or a
  // row is a short line of cells: a paragraph's line is passed over on its length, without a search.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].end - lines[i].start > MAX_ROW) continue;
    const lineText = text.slice(lines[i].start, lines[i].end);
    if (!BLANK.test(lineText.trim())) {
      // A header cell alone on its line (`属性`, `目标`): a table flattened one cell per line.
      if (lineText.length <= HEADER_CELL_MAX && MAY_START.test(lineText)) i = cellPerLine(text, lines, i, out, reads) - 1;
      // `序号` alone on its line, then short header cells one of which names its unit in brackets: an allocation table.
      else if (KEY_HEADER.test(lineText.trim())) i = allocationTable(text, lines, i, out, reads) - 1;
      continue;
    }
    if (!MAY_START.test(lineText)) continue;
    const cells = cellsOf(text, lines[i].start, lines[i].end);
    let layout = headerLayout(cells);
    let j = i + 1;
    if (!layout) {
      const first = headerlessRow(cells, true);
      if (first) {
        layout = { baseline: 1, target: 2, unit: undefined, headerless: true };
        readRow(cells, first, layout, i, out);
      }
    }
    if (layout) {
      for (; j < lines.length; j++) {
        const rowCells = cellsOf(text, lines[j].start, lines[j].end);
        const row = layout.headerless ? headerlessRow(rowCells, false) : headerRow(rowCells, layout);
        if (!row) break;
        readRow(rowCells, row, layout, j, out);
      }
      reads?.push(lines[i].start, lines[Math.min(j, lines.length - 1)].end);
    }
    // The line that ended a table may start another: the search goes on from it.
    i = j - 1;
  }
  return out;
}

const MAX_ROW = 240;
const BLANK = /[ \t\u3000]/;
const MAY_START = /基准|现状|基期|基数|目标|预期|规划值|属性|性质|约束性/;

interface Row {
  readonly name: number;
  /** Whether the cells stand where the layout says (header-less: two cells, then an attribute or a department). */
  readonly read: boolean;
}

function headerRow(cells: readonly Cell[], layout: Layout): Row | undefined {
  // A piped row: the indicator after its serial (`2 | 全员劳动生产率 | …`, `经济发展 | 1 | 地区生产总值(GDP) | …` after a
  // group cell), else the first cell (`规上工业增加值 | 亿元 | …`, a row of the one above).
  if (cells.length > 0 && cells[0].piped) {
    const serial = cells.findIndex((c, j) => j < 2 && /^\d{1,3}$/.test(c.text));
    const name = serial + 1;
    return name < cells.length && CJK.test(cells[name].text) ? { name, read: true } : undefined;
  }
  let name = nameIndex(cells);
  // No cell a bare value (`达到95并持续提升`): the indicator with its `(单位)` still makes a row.
  if (name < 0) return (name = unitNameIndex(cells)) < 0 ? undefined : { name, read: true };
  // A 单位 column: the cell found is the unit when it stands at the unit's place after a name.
  if (layout.unit !== undefined && name - layout.unit >= 0 && CJK.test(cells[name - layout.unit].text) && cells[name].text.length <= 6)
    name -= layout.unit;
  return { name, read: true };
}

function headerlessRow(cells: readonly Cell[], first: boolean): Row | undefined {
  const name = unitNameIndex(cells);
  const after = name < 0 ? [] : cells.slice(name + 1).map((c) => c.text);
  if (first) {
    if (name < 0 || after.length < 3 || !ATTRIBUTE.test(after[2])) return undefined;
    return { name, read: true };
  }
  if (name >= 0) {
    const attributeAt = after.findIndex((c) => ATTRIBUTE.test(c));
    const read =
      attributeAt === 2 || (attributeAt < 0 && after.length >= 2 && after.length <= 3 && (after.length === 2 || !isValue(after[2])));
    return { name, read };
  }
  // A sub-row without a unit (`氮氧化物减排量 -`): an indicator and value cells only.
  const k = nameIndex(cells);
  if (k < 0) return undefined;
  return { name: k, read: false };
}

function readRow(cells: readonly Cell[], row: Row, layout: Layout, line: number, out: TableCell[]): void {
  if (!row.read) return;
  const named = metricOf(cells[row.name].text);
  if (!named.metric || !CJK.test(named.metric)) return;
  const unitCell = layout.unit !== undefined ? cells[row.name + layout.unit]?.text : undefined;
  const unit = named.unit || (unitCell && !isValue(unitCell) ? unitCell.replace('％', '%') : '');
  // The unit written in the indicator (`森林覆盖率(%)`) under a 单位 column: the values stand one cell nearer.
  const shift =
    named.unit && unitCell !== undefined && isValue(unitCell) && layout.unit! < Math.min(layout.baseline ?? 99, layout.target ?? 99)
      ? -1
      : 0;
  const cells2 = [
    { at: layout.baseline, kind: 'baseline' as const },
    { at: layout.target, kind: 'target' as const },
  ]
    .filter((c) => c.at !== undefined)
    .sort((a, b) => a.at! - b.at!);
  for (const c of cells2) read(cells[row.name + c.at! + shift], c.kind, line, named.metric, unit, out);
}

/** The longest header cell of a table flattened one cell per line (`2030年目标值`, `指标名称`). */
const HEADER_CELL_MAX = 12;
/** The header cells such a table may have; `序号` and an indicator column are required, and a baseline or target column. */
const HEADER_CELL =
  /^(?:类别|類別|类型|領域|领域|序号|序號|编号|指标(?:名称)?|指標(?:名稱)?|项目|名称|(?:计量)?单位|(?:指标)?属性|性质|[^，。；、\d]{0,6}(?:目标|目標|基准|现状|基期|基数|预期|規劃|规划)值?|(?:19|20)\d\d年(?:底|末)?(?:目标|预期)?值?|备注|責任單位|责任单位|牵头单位|牽頭單位)$/;
const SERIAL_CELL = /^\d{1,3}$/;
const UNIT_CELL = /^[^\d，。；、：:]{1,8}$|^%$|^％$/;

/** The trimmed text of line `i` and where it starts, or undefined for an empty line. */
function lineCell(text: string, lines: readonly Line[], i: number): Cell | undefined {
  const raw = text.slice(lines[i].start, lines[i].end);
  const t = raw.trim();
  return t ? { text: t, start: lines[i].start + raw.indexOf(t) } : undefined;
}
/** The next non-empty line from `i` on (lines.length when none). */
function nextFilled(text: string, lines: readonly Line[], i: number): number {
  while (i < lines.length && !lineCell(text, lines, i)) i++;
  return i;
}

/** The first header cell of an allocation table: its rows are keyed by serials (序号) or by years (年份: `2024年`). */
const KEY_HEADER = /^(?:序号|序號|年份|年度)$/;
const YEAR_CELL = /^((?:19|20)\d\d)\s*年$/;
/** A unit a header names in brackets at its end (`十四五装机计划（MW）`, `新增示范工程（个）`, `面积（平方公里）`). */
const HEADER_UNIT =
  /[（(](MW|GW|kW|KW|兆瓦|千瓦|万千瓦|个|個|家|项|項|处|處|座|辆|輛|台|套|条|條|公里|千米|米|平方米|万平方米|平方公里|亩|畝|万亩|公顷|吨|噸|万吨|人|万人|户|戶|万户|元|万元|亿元|億元|美元|万美元|亿美元|%|％)[）)]$/;
/** A header that counts what a plan adds (`新增示范工程`, `新建站点`): its bare cells are counts. */
const COUNT_HEADER = /^(?:新增|新建|建成|建设|建設|培育|打造|创建|創建)[\u4e00-\u9fff]{2,10}$/;
/** A value cell of an allocation table: a bare number or a range (`35-36`, `0.3-0.4`). */
const BARE_VALUE = /^(\d+(?:\.\d+)?)(?:\s*[-—–～~]\s*(\d+(?:\.\d+)?))?$/;
/** The closing row of a table: its sums. */
const TOTAL_CELL = /^(?:合计|合計|汇总|匯總|总计|總計|小计|小計)$/;

/**
 * An allocation table flattened one cell per line (611's 附表2 and 附表3: `序号`, `交通子行业`, `建设区域`, `十四五装机计划（MW）`,
 * `责任单位`, then per row the serial and one cell per column, and a closing `汇总`/`合计` with the sums only): from `序号` at
 * `i`, the header is the short cells up to the serial 1 (no sentence marks, no digit but in a unit's brackets, none of
 * MAY_START's words: those tables are cellPerLine's), one of them naming its unit in brackets. The value columns are those
 * whose every row holds a bare number or range and whose header names a unit in brackets or counts what the plan adds
 * (`新增示范工程`); each value is a target of the row's first cell and the column's name (a fact in a review, tableTarget).
 * Rows are read as long as the serials follow one another with every cell there. Blind form 384 (2026-12-07). Rows keyed
 * by years instead (`年份`, then `2024年` / `马陆社区` / `4.42` …, 612's 表2) are targets of their year (facts before the plan year).
 */
function allocationTable(text: string, lines: readonly Line[], i: number, out: TableCell[], reads: number[] | undefined): number {
  const byYear = !/^序/.test(lineCell(text, lines, i)!.text);
  // The row keys: the serials 1, 2, 3 …, or years that follow one another (`2024年`, `2025年` …).
  let lastYear = 0;
  const isKey = (t: string, serial: number): boolean => {
    if (!byYear) return t === String(serial);
    const y = YEAR_CELL.exec(t);
    return y !== null && Number(y[1]) > lastYear;
  };
  const header: Cell[] = [];
  let k = nextFilled(text, lines, i + 1);
  for (; k < lines.length && header.length <= 8; k = nextFilled(text, lines, k + 1)) {
    const c = lineCell(text, lines, k)!;
    if (isKey(c.text, 1)) break;
    if (c.text.length > 16 || /[，。；,;：:、]/.test(c.text) || /\d/.test(c.text.replace(HEADER_UNIT, '')) || MAY_START.test(c.text))
      return i + 1;
    header.push(c);
  }
  if (header.length < 2 || k >= lines.length || !isKey(lineCell(text, lines, k)!.text, 1)) return i + 1;
  const units = header.map((h) => HEADER_UNIT.exec(h.text)?.[1]);
  if (!units.some((u) => u !== undefined)) return i + 1;
  const rows: { cells: Cell[]; lines: number[]; year?: number }[] = [];
  let end = k;
  for (let serial = 1; k < lines.length && isKey(lineCell(text, lines, k)!.text, serial) && serial <= 999; serial++) {
    const year = byYear ? Number(YEAR_CELL.exec(lineCell(text, lines, k)!.text)![1]) : undefined;
    if (year !== undefined) lastYear = year;
    const cells: Cell[] = [];
    const at: number[] = [];
    let m = nextFilled(text, lines, k + 1);
    while (cells.length < header.length && m < lines.length) {
      cells.push(lineCell(text, lines, m)!);
      at.push(m);
      m = nextFilled(text, lines, m + 1);
    }
    if (cells.length < header.length || !CJK.test(cells[0].text)) break;
    rows.push({ cells, lines: at, year });
    end = at[at.length - 1] + 1;
    // `申通地铁` / `集团`: a last cell wrapped onto the next line, before the next serial.
    k = afterWrappedCell(text, lines, m, (t) => isKey(t, serial + 1));
  }
  const columns: number[] = [];
  for (let j = 1; j < header.length; j++)
    if (
      rows.length > 0 &&
      (units[j] !== undefined || COUNT_HEADER.test(header[j].text)) &&
      rows.every((r) => BARE_VALUE.test(r.cells[j].text))
    )
      columns.push(j);
  reads?.push(lines[Math.max(0, i - 1)].start, lines[Math.min(k, lines.length - 1)].end);
  if (!columns.some((j) => units[j] !== undefined)) return rows.length ? end : i + 1;
  const name = (j: number) => header[j].text.replace(HEADER_UNIT, '');
  const unitOf = (j: number) => units[j] ?? '个';
  for (const r of rows) for (const j of columns) bare(r.cells[j], r.lines[j], r.cells[0].text + name(j), unitOf(j), out, r.year);
  // `汇总` / `82-130`, `合计` / `38-50` / `34` / `25`: the sums, in the value columns' order.
  if (k < lines.length && TOTAL_CELL.test(lineCell(text, lines, k)!.text)) {
    const label = lineCell(text, lines, k)!.text;
    let m = nextFilled(text, lines, k + 1);
    for (const j of columns) {
      const c = m < lines.length ? lineCell(text, lines, m)! : undefined;
      if (!c || !BARE_VALUE.test(c.text)) break;
      bare(c, m, name(j) + label, unitOf(j), out);
      end = m + 1;
      m = nextFilled(text, lines, m + 1);
    }
  }
  return end;
}

/** A bare value cell (BARE_VALUE) as a target of an allocation table. */
function bare(cell: Cell, line: number, metric: string, unit: string, out: TableCell[], year?: number): void {
  const m = BARE_VALUE.exec(cell.text)!;
  out.push({
    line,
    start: cell.start,
    end: cell.start + cell.text.length,
    text: cell.text,
    value: Number(m[1]),
    ...(m[2] !== undefined ? { valueMax: Number(m[2]) } : {}),
    metric,
    unit,
    qualifier: '',
    kind: 'target',
    allocation: true,
    ...(year !== undefined ? { year } : {}),
  });
}

/**
 * Where the next row starts after a row's last cell (`m`, the line after it): `m`, or — when the next row's key (`isNext`: its
 * serial, or its year) stands one or two lines further on and the lines between are short cells of words (no header, no
 * serial, no sentence) — the key's line.
 */
function afterWrappedCell(text: string, lines: readonly Line[], m: number, isNext: (cell: string) => boolean): number {
  let n = m;
  for (let extra = 0; extra <= 2 && n < lines.length; extra++) {
    const c = lineCell(text, lines, n)!;
    if (isNext(c.text)) return n;
    if (extra === 2 || c.text.length > HEADER_CELL_MAX || SERIAL_CELL.test(c.text) || HEADER_CELL.test(c.text) || /[。；;]/.test(c.text))
      break;
    n = nextFilled(text, lines, n + 1);
  }
  return m;
}

/**
 * A table flattened one cell per line (602's `“十五五”城市更新主要预期指标一览表`: `类别`, `序号`, `指标`, `单位`, `属性`,
 * `目标`, then per row the serial, the indicator, its unit, its attribute and the target, each on its own line; a merged
 * category cell such as `促发展` only where it changes; form 342). Read from a header cell at `i` (a MAY_START word): the run
 * of header cells (HEADER_CELL, empty lines between them) around it must name 序号, an indicator column and a baseline or
 * target column (headerLayout's reading of the names). A row is the serial that follows the last (1, 2, 3 …; before it at
 * most as many short cells as the header has columns before 序号), then one cell per column after 序号; the indicator
 * must hold Chinese, the unit be short, the attribute (when the header has one) 约束性/预期性. The table ends at the first
 * line that breaks this. The range looked at is pushed on `reads` even when no table is found, so an edit there is
 * never carried over. Returns the line to go on from.
 */
function cellPerLine(text: string, lines: readonly Line[], i: number, out: TableCell[], reads: number[] | undefined): number {
  const isHeader = (k: number) => {
    const c = lineCell(text, lines, k);
    return c !== undefined && c.text.length <= HEADER_CELL_MAX && HEADER_CELL.test(c.text);
  };
  if (!isHeader(i)) return i + 1;
  let first = i;
  for (let k = i - 1; k >= 0; k--) {
    if (!lineCell(text, lines, k)) continue;
    if (!isHeader(k)) break;
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < lines.length; k++) {
    if (!lineCell(text, lines, k)) continue;
    if (!isHeader(k)) break;
    last = k;
  }
  const header: Cell[] = [];
  for (let k = first; k <= last; k++) {
    const c = lineCell(text, lines, k);
    if (c) header.push(c);
  }
  const serialAt = header.findIndex((c) => /^(?:序号|序號|编号)$/.test(c.text));
  const layout = serialAt < 0 ? undefined : headerLayout(header);
  const lookedFrom = lines[Math.max(0, first - 1)].start;
  let end = last + 1;
  if (!layout || layout.name === undefined || layout.name <= serialAt) {
    reads?.push(lookedFrom, lines[Math.min(nextFilled(text, lines, end), lines.length - 1)].end);
    return end;
  }
  const width = header.length - serialAt - 1;
  const name = layout.name - serialAt - 1;
  const attributeAt = header.findIndex((c) => /^(?:指标)?属性$|^性质$/.test(c.text));
  let serial = 1;
  let k = nextFilled(text, lines, end);
  for (;;) {
    // Merged cells of the columns before 序号 (a category), then the serial.
    let at = k;
    for (let skip = 0; skip < serialAt && at < lines.length && lineCell(text, lines, at)!.text !== String(serial); skip++) {
      const c = lineCell(text, lines, at)!;
      if (c.text.length > HEADER_CELL_MAX || !CJK.test(c.text) || /[，。；：:,;]/.test(c.text)) break;
      at = nextFilled(text, lines, at + 1);
    }
    if (at >= lines.length || lineCell(text, lines, at)!.text !== String(serial) || serial > 999) break;
    const cells: Cell[] = [];
    const cellLines: number[] = [];
    let m = nextFilled(text, lines, at + 1);
    while (cells.length < width && m < lines.length) {
      cells.push(lineCell(text, lines, m)!);
      cellLines.push(m);
      m = nextFilled(text, lines, m + 1);
    }
    if (cells.length < width) break;
    // `与全市经济增速` / `保持同步`: a last cell wrapped onto a line or two more, before the next row's serial (606's 目标 column).
    m = afterWrappedCell(text, lines, m, (t) => t === String(serial + 1));
    const metricCell = cells[name].text;
    const unitCell = layout.unit === undefined ? undefined : cells[name + layout.unit]?.text;
    const attribute = attributeAt < 0 ? undefined : cells[attributeAt - serialAt - 1]?.text;
    if (
      !CJK.test(metricCell) ||
      SERIAL_CELL.test(metricCell) ||
      metricCell.length > MAX_ROW ||
      (unitCell !== undefined && !UNIT_CELL.test(unitCell)) ||
      (attribute !== undefined && !ATTRIBUTE.test(attribute) && !DASH.test(attribute))
    )
      break;
    const named = metricOf(metricCell);
    const unit = named.unit || (unitCell && !DASH.test(unitCell) ? unitCell.replace('％', '%') : '');
    for (const c of [
      { at: layout.baseline, kind: 'baseline' as const },
      { at: layout.target, kind: 'target' as const },
    ]) {
      if (c.at === undefined) continue;
      const j = name + c.at;
      if (j < cells.length) read(cells[j], c.kind, cellLines[j], named.metric, unit, out);
    }
    end = cellLines[cellLines.length - 1] + 1;
    k = m;
    serial++;
  }
  reads?.push(lookedFrom, lines[Math.min(nextFilled(text, lines, end), lines.length - 1)].end);
  return end;
}
