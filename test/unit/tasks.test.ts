/**
 * Task division: precision and recall on the documents whose tasks were annotated by reading
 * (test/golden/tasks/), and exact cases of each assignment form.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseDocument } from '../../server/src/core/model/parse';
import { extractTasks, linkTasks, tasksOf, type Task } from '../../server/src/core/facts/tasks';
import { changeBetween } from '../../server/src/core/services/incremental';
import { fixtureTests } from './fixtureTests';
import { draftNextYearFromText } from '../../server/src/core/services/nextYear';
import { analyze } from '../../server/src/core/services/analyze';
import { tasksCsv } from '../../server/src/core/facts/taskTable';

const ROOT = path.join(__dirname, '../../..');
const GOLDEN = path.join(ROOT, 'test/golden/tasks');

interface GoldenTask {
  line: number;
  title: string;
  lead: string[];
  responsible: string[];
  deadline: string | null;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
}

function tasksOfText(text: string): Task[] {
  return extractTasks(parseDocument(text));
}
/** Each task of a text as its line and the names of its lead and responsible units. */
const unitsByLine = (text: string) =>
  tasksOfText(text).map((t) => ({ line: t.line, lead: t.lead.map((u) => u.name), responsible: t.responsible.map((u) => u.name) }));

describe('tasks: precision and recall on annotated documents', () => {
  const files = fs.existsSync(GOLDEN)
    ? fs
        .readdirSync(GOLDEN)
        .filter((f) => f.endsWith('.tasks.json'))
        .sort()
    : [];

  it('has at least 8 annotated documents', () => {
    assert.ok(files.length >= 8, `${files.length} annotated documents`);
  });

  it('finds ≥ 90 % of the tasks with exactly the right units, and ≥ 90 % of the rows are real', () => {
    let truth = 0;
    let found = 0;
    let correct = 0;
    const misses: string[] = [];
    const rows: string[] = [];
    // Deadlines are not scored: how many exact tasks give the golden's deadline (text as written, or none) is printed.
    let deadlines = 0;
    const deadlineFiles: string[] = [];
    for (const f of files) {
      const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, f), 'utf8')) as { document: string; tasks: GoldenTask[] };
      const docPath = path.join(ROOT, golden.document);
      if (!fs.existsSync(docPath)) continue;
      const tasks = tasksOfText(fs.readFileSync(docPath, 'utf8'));
      truth += golden.tasks.length;
      found += tasks.length;
      // Several tasks may share a line (a document on one line): pair them in order.
      const used = new Set<Task>();
      let hits = 0;
      let sameDeadline = 0;
      for (const g of golden.tasks) {
        const t = tasks.find(
          (x) =>
            !used.has(x) &&
            x.line + 1 === g.line &&
            same(
              x.lead.map((u) => u.name),
              g.lead,
            ) &&
            same(
              x.responsible.map((u) => u.name),
              g.responsible,
            ),
        );
        if (t) {
          used.add(t);
          hits++;
          if ((t.deadline?.text ?? null) === g.deadline) sameDeadline++;
        } else
          misses.push(
            `${f} line ${g.line}: want ${g.lead.join('、')} / ${g.responsible.join('、')}; got ${
              tasks
                .filter((x) => x.line + 1 === g.line)
                .map((x) => x.lead.map((u) => u.name).join('、') + ' / ' + x.responsible.map((u) => u.name).join('、'))
                .join(' ; ') || 'nothing'
            }`,
          );
      }
      correct += hits;
      deadlines += sameDeadline;
      if (sameDeadline < hits) deadlineFiles.push(`${f.replace(/-.*/, '')} ${sameDeadline}/${hits}`);
      for (const t of tasks) if (!used.has(t)) rows.push(`${f} line ${t.line + 1}: ${t.title}`);
    }
    const precision = found ? correct / found : 1;
    const recall = truth ? correct / truth : 1;
    console.log(
      `      tasks: ${files.length} documents, ${truth} annotated, ${found} found, ${correct} exact — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    console.log(
      `      deadlines as the golden records them: ${deadlines} of ${correct} exact tasks (differing: ${deadlineFiles.join(', ') || 'none'})`,
    );
    for (const m of misses) console.log(`      missed ${m}`);
    for (const r of rows) console.log(`      extra  ${r}`);
    assert.ok(recall >= 0.9, `recall ${recall}`);
    assert.ok(precision >= 0.9, `precision ${precision}`);
  });
});

describe('tasks: assignment forms', () => {
  const one = (text: string) => {
    const t = tasksOfText(text);
    return t.map((x) => ({
      line: x.line,
      title: x.title,
      lead: x.lead.map((u) => u.name),
      responsible: x.responsible.map((u) => u.name),
      deadline: x.deadline?.text ?? null,
    }));
  };

  const R = (line: number, responsible: string[], lead: string[] = []) => ({ line, lead, responsible });
  const units = (text: string) => one(text).map((t) => R(t.line, t.responsible, t.lead));

  it('reads `，责任单位为A；` after each indicator (eighth blind set, form 112), two on one line; no `明确责任单位为` in prose', () => {
    assert.deepEqual(
      units(
        '某区县域经济考核指标目标设定\n一、考核指标设置情况\n规模以上工业增加值:增长8%(依据区人代会目标设置),责任单位为区经信局;\n固定资产投资:增长7%,责任单位为区发改委;技改投资占比16.5%,责任单位为区经信局;\n',
      ),
      [R(2, ['区经信局']), R(3, ['区发改委']), R(3, ['区经信局'])],
    );
    assert.deepEqual(units('某区2021年工作要点\n一、主要任务\n各项工作要明确责任单位为各部门。责任单位为主体的要加强协调。\n'), []);
  });

  it('reads a heading that names the lead of the items under it (`一、A牵头工作(8项)`, ninth blind set, form 114); not a heading without a unit, nor an item with its own units', () => {
    assert.deepEqual(
      units(
        '附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设养殖基地。\n2.打造食用菌酵素生产基地。\n二、县发改局、县工信局牵头工作\n3.建设3个产业园。(牵头单位:县商务局)\n4.推进项目建设。\n',
      ),
      [R(3, [], ['县示范区管委会']), R(4, [], ['县示范区管委会']), R(6, [], ['县商务局']), R(7, [], ['县发改局', '县工信局'])],
    );
    assert.deepEqual(units('某县2025年工作要点\n一、招商引资牵头工作\n1.引进项目。\n2.办好展会。\n'), []);
    assert.deepEqual(units('某县2025年工作要点\n一、县商务局牵头抓好外贸工作\n1.稳定出口。\n'), []);
  });

  it('reads a heading closed by its lead in brackets (`一、强化科技创新(区科技局牵头)`, `(由市科技局牵头)`, eleventh blind set, form 153) as the lead of the items under it; not a bracket inside the title', () => {
    assert.deepEqual(
      units(
        '某区政策举措\n一、推进教育科技人才一体发展(由市科技局牵头)\n锚定全面建成高水平创新型城市。\n(一)推动高能级科创平台提质增效。建立考核评价机制。\n(二)加快人才引育。\n',
      ),
      [R(3, [], ['市科技局']), R(4, [], ['市科技局'])],
    );
    // Counter-examples: a bracket that does not close the title leads no item; an item with its own units keeps them.
    assert.deepEqual(
      units('某区政策举措\n一、(区科技局牵头)强化科技创新\n(一)加强平台建设。\n').filter((t) => t.line === 2),
      [],
    );
    assert.deepEqual(
      units('某区政策举措\n一、强化科技创新(由区科技局牵头)\n(一)加强平台建设。(牵头单位:区发改局)\n').filter((t) => t.line === 2),
      [R(2, [], ['区发改局'])],
    );
  });

  it('reads table headers 牵头责任单位 (the lead) and 协同部门/协同配合单位 (responsible) (twelfth blind set, form 167)', () => {
    assert.deepEqual(
      units(
        '某局9月份重点工作完成情况\n负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n王波 推进项目 按序时推进 县农业农村局、县林业局 县科技局、有关乡镇 已完成。\n',
      ),
      [R(2, ['县科技局', '有关乡镇'], ['县农业农村局', '县林业局'])],
    );
    assert.deepEqual(
      units(
        '2024年任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n80 |\n新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n',
      ),
      [R(6, ['县各有关单位'], ['县教育局'])],
    );
    // Counter-example: a plain 责任单位 column is still responsible, with no lead.
    assert.deepEqual(
      units('2024年任务分解表\n序号 |\n目标与任务 |\n分管县领导 |\n责任单位 |\n1 |\n新增托位数400个。 |\n俞悦 |\n县教育局 |\n'),
      [R(5, ['县教育局'])],
    );
  });

  it('reads a one-cell-per-line table past its part rows (`二、…`) and serials that skip (3, 68, 69: the report’s own numbers) (twelfth blind set, form 168)', () => {
    const doc = [
      '某局2025年政府工作报告重点工作任务分解表',
      '',
      '序号',
      '',
      '重点工作任务',
      '',
      '主要责任单位',
      '',
      '协同配合单位',
      '',
      '一、2025年经济社会发展的主要预期目标',
      '',
      '3',
      '',
      '固定资产投资增长7.5%左右。',
      '',
      '区发改委',
      '',
      '区工信局、区住建局。',
      '',
      '二、全力以赴扩投资、优服务',
      '',
      '三、全力以赴惠民生、增福祉',
      '',
      '68',
      '',
      '持续推进学前教育普及普惠。',
      '',
      '区教育局',
      '',
      '各乡镇人民政府。',
      '',
      '69',
      '',
      '积极引进优质教育资源。',
      '',
      '区教育局',
      '',
      '区投资促进中心。',
      '',
    ].join('\n');
    assert.deepEqual(units(doc), [
      R(12, ['区工信局', '区住建局'], ['区发改委']),
      R(24, ['各乡镇人民政府'], ['区教育局']),
      R(32, ['区投资促进中心'], ['区教育局']),
    ]);
    // Counter-example: a `一、` cell not followed by a row is a cell of its row; a smaller serial ends the table.
    const cut = [
      '某局任务分解表',
      '序号',
      '重点工作任务',
      '主要责任单位',
      '1',
      '推进项目建设。',
      '区发改委',
      '一、工作分工',
      '(一)关于粮食安全的问题。',
      '2',
      '完善机制。',
      '区财政局',
      '',
    ].join('\n');
    assert.deepEqual(units(cut), [R(4, [], ['区发改委']), R(9, [], ['区财政局'])]);
  });

  it('reads `，由X会同Y…等部门研究提出落实意见/负责落实。` (X leads, Y responsible; twelfth blind set, form 169); not another verb', () => {
    assert.deepEqual(
      units(
        '关于政策措施分工的通知\n一、工作分工\n(一)关于“确保谷物基本自给”的问题,由发展改革委会同农业部、财政部等部门研究提出落实意见。\n(二)关于“严守耕地保护红线”的问题,由国土资源部会同农业部等部门负责落实。\n',
      ),
      [R(2, ['农业部', '财政部'], ['发展改革委']), R(3, ['农业部'], ['国土资源部'])],
    );
    // Counter-examples: 会同 before another verb, or in a sentence that is no assignment, assigns nothing.
    assert.deepEqual(
      units(
        '关于政策措施分工的通知\n一、工作分工\n(一)关于资金的问题,由市财政局会同有关部门制定具体办法。\n(二)去年,由县政府会同县纪委召开了会议。\n',
      ),
      [],
    );
  });

  it('reads `（责任科室：A、B）`, the sections of a bureau (sixth blind set, form 82), and no 责任科室 in prose', () => {
    assert.deepEqual(
      units(
        '某局2024年工作要点\n一、加强党的建设\n1.加强思想理论武装。深入学习。(责任科室:组干科、机关党委)\n2.加强作风建设。各责任科室要加强配合。\n',
      ),
      [R(2, ['组干科', '机关党委'])],
    );
    assert.deepEqual(units('某局2024年工作要点\n1.加强作风建设。请各责任科室：按时报送材料。\n'), []);
  });

  it('reads a pipe table whose task column has its own name, and units one blank apart in a cell (form 83)', () => {
    assert.deepEqual(
      units(
        '一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n医疗机构 | 6月份 | 文化站 卫生院 |\n交通运输 | 12月份 | 超限站 公路站 交警六中队 |\n二、工作要求\n',
      ),
      [R(2, ['安监站', '安监所']), R(3, ['文化站', '卫生院']), R(4, ['超限站', '公路站', '交警六中队'])],
    );
    assert.equal(one('序号 | 行业名称 | 时间安排 |\n1 | 烟花爆竹 | 1月份 |\n').length, 0, 'no unit column: no table');
    // Blanks inside a name that is not a list of units stay: `市 城管局` is one (badly spaced) name.
    assert.deepEqual(units('工作内容 | 完成时限 | 责任单位\n路灯维修 | 6月底前 | 市 城管局\n'), [R(1, ['市 城管局'])]);
  });

  it('reads a table flattened one cell per line: broken header cells, merged cells, a lead column, a scoring column (forms 80, 81)', () => {
    // 446's form: 责任部门 cells, then the 评分部门 (who scores the task) is no unit of the task.
    assert.deepEqual(
      units(
        '2021年任务清单\n\n序号\n\n考核指标\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n1\n\n农林牧渔业增加值增幅\n\n%\n\n≥2%\n\n县海洋与渔业局\n\n县农业农村局\n\n市农业农村局\n\n2\n\n粮食播种面积\n\n万亩\n\n0.07\n\n县农业农村局\n\n市农业农村局\n\n3\n\n推广农业新品种面积\n\n万亩\n\n由市科技局统筹安排\n\n县',
      ),
      [R(14, ['县海洋与渔业局', '县农业农村局']), R(28, ['县农业农村局'])],
    );
    // 447's form: a header word broken over two cells, a person column; 441's: cells closed by ` |`, a lead column.
    assert.deepEqual(
      units(
        '序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n1\n\n水库工程政策处理\n\n欧乾震\n\n水库工程政策处理工作领导小组\n\n2\n\n美丽城镇\n\n吴宇凡\n\n乡村振兴办\n',
      ),
      [R(12, ['水库工程政策处理工作领导小组']), R(20, ['乡村振兴办'])],
    );
    assert.deepEqual(
      units(
        '序号 |\n主要任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n24 |\n优化背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n是 |\n||\n25 |\n新增达标小区210个。 |\n徐国江 |\n城管局 |\n环卫处、各街道 |\n',
      ),
      [R(5, ['市政局', '相关街道'], ['城管局']), R(12, ['环卫处', '各街道'], ['城管局'])],
    );
    // Counter-examples: a numbered list after a 序号 cell with no unit column; a unit column whose cells name people.
    assert.deepEqual(units('序号\n\n项目名称\n\n投资额\n\n1\n\n市政道路\n\n3000万元\n\n2\n\n公园建设\n\n2000万元\n'), []);
    assert.deepEqual(units('序号\n\n重点工作\n\n责任单位\n\n1\n\n道路建设\n\n张建国\n'), []);
  });

  it('reads a table flattened one cell per line whose rows are numbered items under a header with no 序号 cell (nineteenth blind set, form 309)', () => {
    // Cells one per line between blank lines (element i on line 2i): header cells with each unit column's
    // name broken over two cells, then category, direction and task rows, year cells and unit cells.
    const cells = (xs: string[]) => xs.join('\n\n') + '\n';
    const header = ['工作', '类别', '重点任务', '2024年目标', '2025年目标', '牵头', '单位', '配合', '单位', '实施', '主体'];
    const doc = cells([
      '某区教育发展三年行动计划任务清单（2024-2025年）',
      ...header,
      '（一）',
      '办好学前教育',
      '1、扩大普惠资源',
      '（1）新建幼儿园12所。', // 15
      '新建幼儿园4所。',
      '新建幼儿园8所。',
      '区教育局',
      '区住建局',
      '各街道',
      '（2）改扩建幼儿园6所。', // 21: no unit cell of its own (merged with the row above)
      '改扩建幼儿园3所。',
      '改扩建幼儿园3所。',
      '（3）培训保教人员。', // 24: four unit cells for three columns, two leads
      '培训保教人员500人。',
      '培训保教人员500人。',
      '区教育局',
      '区人社局',
      '区财政局',
      '各街道',
      '2、提升保教质量',
      '（4）开展质量评估。', // 32: one unit cell, the last column
      '完成评估。',
      '完成评估。',
      '各街道',
      '（二）推进义务教育均衡',
      '3、优化学校布局',
      '（5）新建中小学3所。', // 38: a unit in two columns is listed once; the issuer after the table is no cell
      '新建中小学1所。',
      '新建中小学2所。',
      '区教育局',
      '区自然资源局、各街道',
      '各街道',
      '区人民政府办公室',
      '2024年3月1日',
    ]);
    assert.deepEqual(units(doc), [
      R(30, ['区住建局', '各街道'], ['区教育局']),
      R(48, ['区财政局', '各街道'], ['区教育局', '区人社局']),
      R(64, ['各街道']),
      R(76, ['区自然资源局', '各街道'], ['区教育局']),
    ]);
    assert.deepEqual(
      one(doc).map((t) => t.title),
      ['新建幼儿园12所', '培训保教人员', '开展质量评估', '新建中小学3所'],
    );
    // Counter-examples. A header with no unit column: no table (the numbered rows name no one).
    assert.deepEqual(
      units(
        cells([
          '某区教育发展任务清单',
          '工作',
          '类别',
          '重点任务',
          '2024年目标',
          '备注',
          '（1）新建幼儿园12所。',
          '新建幼儿园4所。',
          '区教育局',
          '各街道',
        ]),
      ),
      [],
    );
    // Short lines naming a unit column, then prose, not a numbered row: no header.
    assert.deepEqual(
      units(cells(['工作要求', '牵头单位', '配合单位', '各单位要认真落实本方案。', '（一）加强组织领导', '区教育局', '各街道'])),
      [],
    );
    // A heading above the rows' level ends the table: the section after it is no row.
    const after = cells([
      '某区教育工作方案',
      '一、主要任务',
      '类别',
      '重点任务',
      '牵头',
      '单位',
      '配合',
      '单位',
      '（一）',
      '办好学前教育',
      '1、新建幼儿园12所。', // 20
      '区教育局',
      '各街道',
      '二、保障措施',
      '（一）加强组织领导',
      '区教育局',
      '各街道',
    ]);
    assert.deepEqual(units(after), [R(20, ['各街道'], ['区教育局'])]);
    // Short lines before a `序号` table (the notice's issuer, date, the attachment's title) open no table of this form:
    // the `序号` form reads the rows, the task text from the row's cell (575's form).
    const serial = cells([
      '某市人民政府办公室',
      '2024年2月19日',
      '附件1',
      '重点工作责任分解',
      '序号',
      '主要工作任务',
      '责任单位',
      '1',
      '生产总值增长6%左右。',
      '发改局',
    ]);
    assert.deepEqual(one(serial), [{ line: 14, title: '生产总值增长6%左右', lead: [], responsible: ['发改局'], deadline: null }]);
    // A `序号` header whose rows that form cannot read (a part row past the header) is no table of this form either.
    const parts = cells(['序号', '目标任务', '牵头单位', '责任单位', '一、主要经济社会发展指标的推进实施工作', '某市人民政府办公室']);
    assert.deepEqual(units(parts), []);
  });

  it('reads a 实施主体 column of a `序号` table as responsible (form 309)', () => {
    assert.deepEqual(units('序号\n\n重点任务\n\n牵头单位\n\n实施主体\n\n1\n\n新建幼儿园。\n\n区教育局\n\n各街道\n'), [
      R(8, ['各街道'], ['区教育局']),
    ]);
  });

  it('reads a 推进单位 column of a `序号` table as responsible, and a pipe table’s (twenty-second blind set, form 360); not 推进单位 in prose, nor a 推进情况/推进时序 column', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    assert.deepEqual(units(flat(['序号', '工作任务', '推进单位', '1', '推进走马塘片区规划研究', '区规划资源局、区商务委、市北高新集团'])), [
      R(6, ['区规划资源局', '区商务委', '市北高新集团']),
    ]);
    assert.deepEqual(units('某区重点任务\n序号 | 工作任务 | 推进部门\n1 | 完成旧区改造 | 区房管局、各相关街镇\n'), [
      R(2, ['区房管局', '各相关街镇']),
    ]);
    // Counter-examples: 推进单位 in running text assigns nothing; a 推进情况 or 推进时序 column holds no units.
    assert.deepEqual(units('某区城市更新行动方案\n一、重点任务\n（一）加快旧区改造\n各推进单位要加强协调，及时报送推进情况。\n'), []);
    assert.deepEqual(units(flat(['序号', '工作任务', '推进情况', '1', '完成旧区改造', '已完成', '2', '推进规划研究', '正在推进'])), []);
    assert.deepEqual(units(flat(['序号', '工作任务', '推进时序', '责任单位', '1', '完成旧区改造', '2024年', '区房管局'])), [
      R(8, ['区房管局']),
    ]);
  });

  it('reads a one-cell-per-line table past its group cells `行动N：…` and their sub-type cells (twenty-second blind set, form 361)', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    const doc = flat([
      '重点任务清单',
      '任务类型',
      '序号',
      '工作任务',
      '推进单位',
      '行动一：再造发展新极行动（综合区域整体焕新行动）',
      '1',
      '推进东斯文里区域整体更新',
      '区规划资源局、江宁路街道',
      '2',
      '推进走马塘片区规划研究',
      '区商务委、市北高新集团',
      '行动二：重塑美丽新居行动（人居环境品质提升行动）',
      '旧区改造',
      '3',
      '全面完成零星旧里改造',
      '区房管局、各相关街镇',
      '旧住房更新改造',
      '4',
      '推进老旧住房成套改造',
      '行动三：智创和谐新境行动',
      '公共空间优化',
      '5',
      '完成公共空间优化项目',
      '区绿化市容局',
    ]);
    assert.deepEqual(units(doc), [
      R(12, ['区规划资源局', '江宁路街道']),
      R(18, ['区商务委', '市北高新集团']),
      R(28, ['区房管局', '各相关街镇']),
      R(44, ['区绿化市容局']),
    ]);
    // Groups numbered on their own: the serials start again from 1 after a group cell.
    assert.deepEqual(
      units(
        flat([
          '序号',
          '工作任务',
          '责任单位',
          '行动一：城市更新',
          '1',
          '推进规划研究',
          '区规划资源局',
          '行动二：旧区改造',
          '1',
          '完成旧里改造',
          '区房管局',
        ]),
      ),
      [R(8, ['区规划资源局']), R(16, ['区房管局'])],
    );
    // Counter-examples: a real `二、` heading after the table ends it; `行动1：` headings of running text after it are no cells
    // of it; a `任务三：…` task cell right after its serial is the row's task, not a group.
    assert.deepEqual(
      units(
        flat([
          '序号',
          '工作任务',
          '责任单位',
          '1',
          '推进规划研究',
          '区规划资源局',
          '二、保障措施',
          '（一）加强组织领导',
          '建立工作机制，加强统筹协调。',
        ]),
      ),
      [R(6, ['区规划资源局'])],
    );
    assert.deepEqual(
      units(
        flat([
          '序号',
          '工作任务',
          '责任单位',
          '1',
          '推进规划研究',
          '区规划资源局',
          '行动1：加强规划引领',
          '协同开展专项规划编制工作。',
          '2',
          '二是推进实施。',
        ]),
      ),
      [R(6, ['区规划资源局'])],
    );
    assert.deepEqual(
      units(flat(['序号', '工作任务', '责任单位', '1', '任务一：推进规划研究', '区规划资源局', '2', '任务二：完成旧里改造', '区房管局'])),
      [R(6, ['区规划资源局']), R(12, ['区房管局'])],
    );
  });

  it('gives a row whose unit cell is merged no units from the next group’s sub-type cell (`产业园区`, twenty-second blind set, form 362); a one-unit cell stays a unit cell', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    const doc = flat([
      '任务类型',
      '序号',
      '工作任务',
      '推进单位',
      '行动四：蝶变重获新生行动（历史风貌魅力重塑行动）',
      '历史建筑保护修缮和活化利用',
      '1',
      '打造历史建筑保护修缮和活化利用示范项目。',
      '行动五：提档园区新产行动（产业园区提质增效行动）',
      '产业园区',
      '2',
      '对产业用地综合绩效评估分类。',
      '区规划资源局、区商务委',
      '3',
      '完成公共空间优化项目',
      '区绿化市容局',
    ]);
    assert.deepEqual(units(doc), [R(20, ['区规划资源局', '区商务委']), R(26, ['区绿化市容局'])]);
    // The same without the `任务类型` header cell (the group cell and its sub-type cell stand between the rows all the same);
    // a collective such as 各相关街镇 alone in its cell is a unit cell.
    const bare = doc.replace('任务类型\n\n', '').replace('区绿化市容局', '各相关街镇');
    assert.deepEqual(units(bare), [R(18, ['区规划资源局', '区商务委']), R(24, ['各相关街镇'])]);
  });

  it('reads a one-cell-per-line table whose first rows follow an unnumbered group cell (twenty-third blind set, form 387); a unit cell between rows is the row’s', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    const doc = flat([
      '序号',
      '事项',
      '工作措施',
      '责任单位',
      '推进实施“光伏+”示范工程',
      '1',
      '“光伏+地铁”工程',
      '充分利用轨道交通内既有高架车站、地面车站等资源，进行光伏项目的开发和建设',
      '申通地铁集团',
      '2',
      '新建高架车站要求屋顶光伏覆盖面积达到50%',
      '建立健全“光伏+”推进机制',
      '3',
      '健全商业运营模式',
      '建立以市场化竞争配置为主的项目开发管理机制',
      '市交通委、市经济信息化委',
      '4',
      '鼓励出台区级财政补贴政策',
      '各区政府',
    ]);
    // Row 2's unit cell is merged with row 1's: no task; the second group cell between rows 2 and 3 ends nothing.
    assert.deepEqual(units(doc), [R(10, ['申通地铁集团']), R(24, ['市交通委', '市经济信息化委']), R(32, ['各区政府'])]);
    // Counter-examples: a list of units right after the header is no group cell (the table is not read, as before); a `二、`
    // heading after the table ends it.
    assert.deepEqual(units(flat(['序号', '事项', '责任单位', '市发展改革委、市住房城乡建设管理委', '1', '推进光伏建设', '市交通委'])), []);
    assert.deepEqual(
      units(
        flat([
          '序号',
          '事项',
          '责任单位',
          '推进实施“光伏+”示范工程',
          '1',
          '推进光伏建设',
          '市交通委',
          '二、保障措施',
          '（一）加强组织领导',
          '建立工作机制。',
        ]),
      ),
      [R(8, ['市交通委'])],
    );
  });

  it('joins a unit broken over two cells when the second is a bare suffix (`申通地铁` / `集团`, twenty-third blind set, form 388); two whole units stay two', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    const head = ['序号', '交通子行业', '建设区域', '责任单位'];
    assert.deepEqual(
      units(flat([...head, '1', '地铁', '高架车站、停车场', '申通地铁', '集团', '2', '铁路', '候车楼、货场', '中国铁路上海局'])),
      [R(8, ['申通地铁集团']), R(18, ['中国铁路上海局'])],
    );
    assert.deepEqual(units(flat([...head, '1', '地铁', '高架车站、停车场', '市交通委、申通地铁', '集团'])), [
      R(8, ['市交通委', '申通地铁集团']),
    ]);
    // Counter-example: two unit cells one after the other are two units.
    assert.deepEqual(units(flat([...head, '1', '港口', '港池、仓库', '市交通委', '市水务局'])), [R(8, ['市交通委', '市水务局'])]);
  });

  it('ends a one-cell-per-line table at the next attachment’s mark, and reads no title as a unit (twenty-third blind set, form 389)', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    const head = ['序号', '交通子行业', '建设区域', '十四五装机计划（MW）', '责任单位'];
    const row = ['1', '其他', '充换电场站顶棚', '5-15', '各交通行业企业、市邮政管理局'];
    const after = [
      '汇总',
      '82-130',
      '附表3',
      '各区“十四五”交通光伏任务分配表',
      '序号',
      '区域',
      '新增装机容量（MW）',
      '1',
      '黄浦区',
      '0.3-0.4',
    ];
    assert.deepEqual(units(flat([...head, ...row, ...after])), [R(10, ['各交通行业企业', '市邮政管理局'])]);
    // Without the mark, the title (a list or a plan) is no unit either.
    assert.deepEqual(units(flat([...head, ...row, '各区“十四五”交通光伏任务分配表'])), [R(10, ['各交通行业企业', '市邮政管理局'])]);
    // Counter-example: the last row's own unit cells after its figures stay its units.
    assert.deepEqual(units(flat([...head, ...row, '各区政府'])), [R(10, ['各交通行业企业', '市邮政管理局', '各区政府'])]);
  });

  it('reads no unit in a 任务类型 cell broken over lines (`海绵城市` / `建设管理`, twenty-third blind set, form 390); a unit cell’s last line is a unit', () => {
    const doc =
      '序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n1\n\n海绵城市\n建设管理\n\n指导推进海绵城市建设工作。\n\n区建设管理委、区发展改革委、\n区水务局，\n各街镇\n\n' +
      '2\n\n海绵城市\n系统方案\n\n编制海绵城市系统方案。\n\n区建设管理委\n';
    assert.deepEqual(units(doc), [R(8, ['区建设管理委', '区发展改革委', '区水务局', '各街镇']), R(19, ['区建设管理委'])]);
    assert.deepEqual(
      one(doc).map((t) => t.title),
      ['海绵城市建设管理', '海绵城市系统方案'],
    );
    // Counter-examples: without a 任务类型 column the first cell is read as before; a type cell on one line is no unit either,
    // but a row of a serial and one unit cell (its type and content merged away) keeps its unit.
    assert.deepEqual(units('序号\n\n责任单位\n\n重点内容\n\n1\n\n区水务局\n\n推进河道整治。\n'), [R(6, ['区水务局'])]);
    assert.deepEqual(units('序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n1\n\n海绵城市\n\n推进建设。\n\n区水务局\n\n2\n\n区绿化市容局\n'), [
      R(8, ['区水务局']),
      R(16, ['区绿化市容局']),
    ]);
  });

  it('reads on past a header repeated at a page break (twenty-third blind set, form 391); a second table with the same header is its own', () => {
    const flat = (xs: string[]) => xs.join('\n\n') + '\n';
    const head = ['序号', '任务类型', '重点内容', '责任单位', '参考文件'];
    const doc = flat([
      ...head,
      '1',
      '海绵型市政设施',
      '制定运维养护方案。',
      '区水务局、区建设管理委',
      '《行动方案》',
      ...head,
      '2',
      '海绵型公园',
      '打造海绵型公园。',
      '区绿化市容局，各街镇',
      '《绿化市容规划》',
    ]);
    assert.deepEqual(units(doc), [R(10, ['区水务局', '区建设管理委']), R(30, ['区绿化市容局', '各街镇'])]);
    // The same header with the serials starting again opens another table, read on its own (the last row before it takes
    // none of its header cells, `责任单位` once read as a unit); so does one after an attachment's mark and title.
    const second = flat([
      ...head,
      '1',
      '海绵型公园',
      '打造海绵型公园。',
      '区绿化市容局',
      '《规划》',
      ...head,
      '1',
      '河湖水系',
      '推进河道整治。',
      '区水务局',
    ]);
    assert.deepEqual(units(second), [R(10, ['区绿化市容局']), R(30, ['区水务局'])]);
    const titled = flat([
      ...head,
      '1',
      '海绵型公园',
      '打造海绵型公园。',
      '区绿化市容局',
      '附件2',
      '重点项目表',
      ...head,
      '1',
      '河湖水系',
      '推进河道整治。',
      '区水务局',
    ]);
    assert.deepEqual(units(titled), [R(10, ['区绿化市容局']), R(32, ['区水务局'])]);
  });

  it('reads a 时间进度 column as the deadline and a work cell ending in 企业/园区 as work (twenty-fourth blind set, forms 414, 415)', () => {
    const table = (header: string[], rows: string[][]) =>
      ['附件', '某区2026年重点工作任务分工表', ...header, '一', '推进绿色低碳发展', ...rows.flatMap((r, i) => [String(i + 1), ...r])].join(
        '\n\n',
      ) + '\n';
    const one5 = ['序号', '重点任务', '具体工作', '时间进度', '责任部门'];
    const doc = table(one5, [
      ['支持从事节能环保技术和产品研发的企业申报高新技术企业和“科技小巨人”企业', '持续推进', '科技经济委'],
      ['支持市北园区探索建设国家级零碳园区，支持有条件的园区建设市级零碳园区', '全年推进', '发展改革委、市北园区、科技经济委等'],
      ['扩展完善市北虚拟电厂建设', '三季度完成', '市北园区'],
      ['推进新能源项目落地', '长期坚持', '市北高新集团、上海电力股份有限公司'],
      ['做好碳达峰碳中和目标责任评价各项工作', '与国家安排同步', '发展改革委、生态环境局'],
    ]);
    const got = one(doc);
    assert.deepEqual(
      got.map((t) => [t.line, t.title, t.responsible, t.deadline]),
      [
        [18, '支持从事节能环保技术和产品研发的企业申报高新技术企业和“科技小巨人”企业', ['科技经济委'], '持续推进'],
        [26, '支持市北园区探索建设国家级零碳园区', ['发展改革委', '市北园区', '科技经济委'], '全年推进'],
        // Counter-examples: `市北园区` alone in the unit cell is a unit; a real 集团/公司 in it too; `长期坚持` is a deadline.
        [34, '扩展完善市北虚拟电厂建设', ['市北园区'], '三季度完成'],
        [42, '推进新能源项目落地', ['市北高新集团', '上海电力股份有限公司'], '长期坚持'],
        [50, '做好碳达峰碳中和目标责任评价各项工作', ['发展改革委', '生态环境局'], '与国家安排同步'],
      ],
    );
    assert.ok(got.every((t) => t.lead.length === 0));
    // The time column after the units (459's 完成时限): its cell is the deadline too.
    const after = table(
      ['序号', '重点工作', '责任单位', '完成时限'],
      [
        ['全力推进开发区空间再造，盘活存量土地400亩。', '改革办', '全年'],
        ['加快推进污水处理厂提升项目。', '规划建设局', '2026年底前'],
      ],
    );
    assert.deepEqual(
      one(after).map((t) => [t.responsible, t.deadline]),
      [
        [['改革办'], '全年'],
        [['规划建设局'], '2026年底前'],
      ],
    );
    // Counter-example: a 推进情况 column reports how far the work got: no deadline.
    const progress = table(
      ['序号', '重点工作', '推进情况', '责任单位'],
      [
        ['全力推进开发区空间再造。', '已完成年度目标', '改革办'],
        ['加快推进污水处理厂提升项目。', '持续推进', '规划建设局'],
      ],
    );
    assert.deepEqual(
      one(progress).map((t) => [t.responsible, t.deadline]),
      [
        [['改革办'], null],
        [['规划建设局'], null],
      ],
    );
    // Without a time column a work cell opening with a verb and ending in 企业 is still work when a unit cell follows;
    // a unit cell first in a row of unit cells stays a unit (`建设管理委（交通委）`).
    const noTime = table(
      ['序号', '具体工作', '牵头部门', '责任部门'],
      [
        ['支持从事节能环保技术和产品研发的企业申报高新技术企业', '科技经济委', '发展改革委'],
        ['建设管理委（交通委）', '发展改革委'],
      ],
    );
    assert.deepEqual(
      one(noTime).map((t) => [t.lead, t.responsible, t.deadline]),
      [
        [['科技经济委'], ['发展改革委'], null],
        [['建设管理委（交通委）'], ['发展改革委'], null],
      ],
    );
  });

  it('reads no count of a year cell as a unit (`新建幼儿园4所`, form 309)', () => {
    assert.deepEqual(units('序号\n\n重点任务\n\n2024年目标\n\n责任单位\n\n1\n\n新建幼儿园。\n\n新建幼儿园4所\n\n区教育局\n'), [
      R(8, ['区教育局']),
    ]);
  });

  it('reads space-separated rows whose cells hold blanks: the unit columns are the last pieces (form 84)', () => {
    assert.deepEqual(
      units(
        '主要任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n1 加强水资源保 护 严守红线 实施双控行动。 市水利局 市发展改革委、农业局等 各县(市、区)人民政府\n2  严守用水 效率红线 落实考核。 市水利局 市发展改革委 各县(市、区)人民政府\n以上任务 请各单位 认真落实 抓好 推进\n',
      ),
      [
        R(2, ['市发展改革委', '农业局', '各县(市、区)人民政府'], ['市水利局']),
        R(3, ['市发展改革委', '各县(市、区)人民政府'], ['市水利局']),
      ],
    );
  });

  it('reads the unit column of an indicator table after 约束性/预期性 (form 54), and no prose ending in a unit', () => {
    assert.deepEqual(
      units(
        '5.城市空气质量优良天数比例(%) 80.1 81.2 约束性 市生态环境局\n氮氧化物减排量 -\n8. 城市污水集中收集率(%) - 75 预期性 市住建局\n生态空间管控区域比例(%) 7.87 不降低 市自然资源和规划局\n',
      ),
      [R(0, ['市生态环境局']), R(2, ['市住建局'])],
    );
    assert.deepEqual(units('约束性 市生态环境局\n各项指标分为约束性 和预期性 指标\n15.单位能耗降低率(%) - 约束性 张三\n'), []);
  });

  it('a table row that is itself a numbered item is the task’s heading; its section is the one above, not the row', () => {
    for (const text of [
      '一、主要目标\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 市发展改革委\n2 城镇新增就业10万人以上 市人力资源社会保障局\n',
      '序号\n\n重点工作\n\n责任单位\n\n1\n\n道路建设\n\n市住建局\n\n2\n\n公园建设\n\n市城管局\n',
    ]) {
      const model = parseDocument(text);
      const tasks = extractTasks(model);
      assert.equal(tasks.length, 2, text);
      for (const t of tasks) {
        if (t.heading) assert.equal(t.heading.line, t.line, 'the row’s own item');
        assert.ok(!t.section || t.section.line < t.line, `section of line ${t.line}: ${t.section?.line}`);
      }
    }
  });

  it('reads `由A、B负责落实。` after a part or closing an item, and `由A负责的Y项目` (forms 55, 85); no 由 in other prose', () => {
    assert.deepEqual(
      units(
        '一、主要目标\n生产总值增长13%。\n由市人民政府各相关部门,各县(市)、区人民政府负责落实。\n二、十件实事\n(一)继续实施补贴。由市财政局、农业局,各县(市)、区人民政府负责落实。\n(二)改善条件。由市住建局牵头，市财政局配合。\n',
      ),
      [
        R(0, ['市人民政府各相关部门', '各县(市)、区人民政府']),
        R(4, ['市财政局', '农业局', '各县(市)、区人民政府']),
        R(5, ['市财政局'], ['市住建局']),
      ],
    );
    assert.deepEqual(units('累計征集重點項目10項。\n聚焦“幸福民生”,。由鎮(zhèn)公路站負責的農村道路硬化項目,預計11月份完成。\n'), [
      R(1, ['鎮公路站']),
    ]);
    assert.deepEqual(
      units(
        '通知\n本办法由市财政局负责解释。\n所需经费由市财政局负责。\n8月14日由县教育体育局牵头召开了由县财政局参加的联席会议。\n由各地负责组织实施。\n由领导小组办公室负责日常工作。\n',
      ),
      [],
    );
  });

  it('reads a `部门分工：A牵头，B配合。` label line after an item (fourth blind set, form 42), and no instruction as units', () => {
    assert.deepEqual(
      one(
        '某省重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。\n2.财政收入增长5%左右。\n部门分工：各部门要按照职责分工，抓好落实。\n3.稳就业。\n分工：人力资源社会保障厅负责。\n',
      ),
      [
        { line: 2, title: '地区生产总值增长6%以上', lead: ['省发展改革委'], responsible: ['各地', '各部门'], deadline: null },
        { line: 7, title: '稳就业', lead: [], responsible: ['人力资源社会保障厅'], deadline: null },
      ],
    );
  });

  it('reads a table whose cells are one blank apart under a spaced-out header (`序号 工 作 任 务 牵头负责部门`, blind form 43)', () => {
    assert.deepEqual(
      one(
        '2016年量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 市发展改革委\n2 城镇新增就业10万人以上 市人力资源社会保障局\n各部门 要 加强 协调 配合\n',
      ),
      [
        { line: 2, title: '居民消费价格涨幅3%左右', lead: ['市发展改革委'], responsible: [], deadline: null },
        { line: 3, title: '城镇新增就业10万人以上', lead: ['市人力资源社会保障局'], responsible: [], deadline: null },
      ],
    );
    // Counter-example: a sentence with 牵头负责部门 inside a piece is no header.
    assert.deepEqual(one('工作要求\n请各牵头负责部门 抓好落实 按时报送\n1 推进项目 市发展改革委\n'), []);
  });

  it('reads （牵头单位：…；责任单位：…；完成时限：…）', () => {
    assert.deepEqual(
      one(
        '2025年工作要点\n一、重点任务\n1.推进外贸稳规模。做好政策落实（牵头单位：市商务局；责任单位：各区政府、市财政局；完成时限：2025年12月底前）。\n2.抓好招商。',
      ),
      [{ line: 2, title: '推进外贸稳规模', lead: ['市商务局'], responsible: ['各区政府', '市财政局'], deadline: '2025年12月底前' }],
    );
  });

  it('reads （××牵头，××配合） and （××按职责分工负责）', () => {
    assert.deepEqual(
      one(
        '一、任务\n（一）办好展会。2025年6月底前完成（市商务局牵头，市发展改革委、市财政局配合）。\n（二）优化服务。（各有关部门按职责分工负责）\n',
      ),
      [
        { line: 1, title: '办好展会', lead: ['市商务局'], responsible: ['市发展改革委', '市财政局'], deadline: '2025年6月底前' },
        { line: 2, title: '优化服务', lead: [], responsible: ['各有关部门'], deadline: null },
      ],
    );
  });

  it('reads a separate （责任单位：…） paragraph after an item and label paragraphs', () => {
    assert.deepEqual(
      one(
        '1.完善预案体系\n（1）加强管理。\n（2）加强演练。\n（责任单位：市应急局、各县（市、区）政府）\n2.健全机制。\n\n牵头单位：市应急局\n\n配合单位：市公安局\n\n完成时限：长期坚持\n',
      ),
      [
        { line: 0, title: '完善预案体系', lead: [], responsible: ['市应急局', '各县（市、区）政府'], deadline: null },
        { line: 4, title: '健全机制', lead: ['市应急局'], responsible: ['市公安局'], deadline: '长期坚持' },
      ],
    );
  });

  it('reads a flattened table row by row', () => {
    assert.deepEqual(
      one(
        '附件\n序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t建设物流园区\t市商务局\t各区政府\t2025年底前\n2\t培育外贸主体\t市商务局\t市财政局、市税务局\t持续推进\n',
      ),
      [
        { line: 2, title: '建设物流园区', lead: ['市商务局'], responsible: ['各区政府'], deadline: '2025年底前' },
        { line: 3, title: '培育外贸主体', lead: ['市商务局'], responsible: ['市财政局', '市税务局'], deadline: '持续推进' },
      ],
    );
  });

  it('reads a tag broken over lines in a hard-wrapped copy', () => {
    const text =
      '1.推进外贸稳规模。落实稳外贸政策，开展企业走访（牵头单位：市商务\n局；责任单位：各区政府、市财\n政局）。\n2.抓好招商。（市投促局牵头，\n各区政府配合）\n';
    assert.deepEqual(one(text), [
      { line: 0, title: '推进外贸稳规模', lead: ['市商务局'], responsible: ['各区政府', '市财政局'], deadline: null },
      { line: 3, title: '抓好招商', lead: ['市投促局'], responsible: ['各区政府'], deadline: null },
    ]);
    // The unit's range covers what is written, line break included.
    const u = tasksOfText(text)[0].lead[0];
    assert.equal(text.slice(u.start, u.end), '市商务\n局');
  });

  it('reads a 分工方案 scraped onto one line, label by label', () => {
    assert.deepEqual(
      one(
        '一、主要预期目标 1.地区生产总值增长6.2%左右。 牵头单位:区发改局 责任单位:立山经济开发区,全区经济运行各专班 2.规模上工业增加值增长5%左右。 牵头单位:区工信局 责任单位:立山经济开发区 3.固定资产投资增长15%左右。',
      ),
      [
        {
          line: 0,
          title: '地区生产总值增长6.2%左右',
          lead: ['区发改局'],
          responsible: ['立山经济开发区', '全区经济运行各专班'],
          deadline: null,
        },
        { line: 0, title: '规模上工业增加值增长5%左右', lead: ['区工信局'], responsible: ['立山经济开发区'], deadline: null },
      ],
    );
  });

  it('splits an item whose sentences each close with a tag into one task per sentence', () => {
    assert.deepEqual(
      one(
        '一、加强信息公开\n（一）做好规划信息公开。发布规划信息。（市规划委负责落实）推进协作信息公开。（市发展改革委、市教委分别负责落实）\n（二）完善机制。（牵头单位：市政府办公厅）（责任单位：各区政府）\n',
      ),
      [
        { line: 1, title: '做好规划信息公开', lead: [], responsible: ['市规划委'], deadline: null },
        { line: 1, title: '推进协作信息公开', lead: [], responsible: ['市发展改革委', '市教委'], deadline: null },
        { line: 2, title: '完善机制', lead: ['市政府办公厅'], responsible: ['各区政府'], deadline: null },
      ],
    );
  });

  it('reads a Markdown table', () => {
    assert.deepEqual(
      one(
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 1 | 建设物流园区 | 市商务局 | 各区政府、市财政局 | 2025年底前 |\n',
      ),
      [{ line: 2, title: '建设物流园区', lead: ['市商务局'], responsible: ['各区政府', '市财政局'], deadline: '2025年底前' }],
    );
  });

  it('leaves prose and asides alone', () => {
    assert.deepEqual(
      one(
        '一、工作要求\n1.加强组织领导。各牵头单位要加强与责任单位的沟通（每月报送一次），支持企业牵头组建创新联合体（县级市）。\n2.持续推进“一网通办”。\n',
      ),
      [],
    );
  });

  it('skips 牵头领导 in a label run and anchors tags of run-in items on the items', () => {
    assert.deepEqual(
      one(
        '1.稳外贸\n牵头领导：张三\n牵头单位：市商务局\n责任单位：各区政府\n2.促消费。一是打造商圈（市商务局牵头，市文旅局配合）；二是办好展会（市贸促会牵头）。\n',
      ),
      [
        { line: 0, title: '稳外贸', lead: ['市商务局'], responsible: ['各区政府'], deadline: null },
        { line: 4, title: '打造商圈', lead: ['市商务局'], responsible: ['市文旅局'], deadline: null },
        { line: 4, title: '办好展会', lead: ['市贸促会'], responsible: [], deadline: null },
      ],
    );
  });

  it('gives an item with its title on a line of its own the assignment after its body', () => {
    assert.deepEqual(
      one(
        '一、重点任务\n（一）加强市场体系建设\n推进高标准市场体系建设。\n（责任单位：省发展改革委）\n（二）优化市场环境\n实施“证照分离”改革。（责任单位：省市场监管局）\n',
      ),
      [
        { line: 1, title: '加强市场体系建设', lead: [], responsible: ['省发展改革委'], deadline: null },
        { line: 4, title: '优化市场环境', lead: [], responsible: ['省市场监管局'], deadline: null },
      ],
    );
  });

  it('keeps 各区、县级市 as one unit and splits 及 between two units', () => {
    assert.deepEqual(
      one(
        '1.人才项目。（牵头单位：市委组织部，配合单位：市教育局，各区、县级市）\n2.审批改革。(市政府办公室牵头,市级各有关部门及各县市区政府按职责分工负责)\n',
      ),
      [
        { line: 0, title: '人才项目', lead: ['市委组织部'], responsible: ['市教育局', '各区、县级市'], deadline: null },
        { line: 1, title: '审批改革', lead: ['市政府办公室'], responsible: ['市级各有关部门', '各县市区政府'], deadline: null },
      ],
    );
  });

  it('groups 区商务委 with 区商务委员会 only when the document writes both', () => {
    const both = tasksOfText('1.甲。（牵头单位：区商务委员会）\n2.乙。（牵头单位：区商务委）\n');
    assert.equal(both[0].lead[0].key, both[1].lead[0].key);
    const alone = tasksOfText('1.甲。（牵头单位：区商务委）\n');
    assert.equal(alone[0].lead[0].key, '区商务委');
  });
});

describe('tasks: fifteenth blind set forms (docs/blind-scores.md, forms 214–215)', () => {
  const units = unitsByLine;

  it('form 214: `(首位单位为牵头单位,下同)` after the first unit: the first unit of each list leads', () => {
    const text = [
      '政府工作报告2022年重点工作责任分解',
      '一、王丹县长牵头重点工作',
      '1.全县生产总值增长7.5%左右。',
      '责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局',
      '2.落实党政机关过紧日子的要求。',
      '责任单位:县财政局',
      '',
    ].join('\n');
    assert.deepEqual(units(text), [
      { line: 2, lead: ['县发改局'], responsible: ['县财政局', '县税务局'] },
      { line: 4, lead: ['县财政局'], responsible: [] },
    ]);
    // Counter-example: without the convention every listed unit is responsible.
    assert.deepEqual(units('重点工作责任分解\n1.全县生产总值增长7.5%左右。\n责任单位:县发改局、县财政局\n'), [
      { line: 1, lead: [], responsible: ['县发改局', '县财政局'] },
    ]);
  });

  it('form 215: a tag the stored copy cuts at its end (`(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、`) is read; a `〈含…` note is no unit', () => {
    const cut = [
      '2022年目标任务责任分解方案',
      '一、经济社会发展主要预期目标',
      '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、',
    ].join('\n');
    assert.deepEqual(units(cut), [{ line: 2, lead: ['市发改委'], responsible: ['各区人民政府'] }]);
    // A closed note: its tail after 、 is no unit either.
    assert.deepEqual(units('责任分解方案\n(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、风景区〉)\n'), [
      { line: 1, lead: ['市发改委'], responsible: ['各区人民政府'] },
    ]);
    // Counter-examples: a bracket left open before more text, or one whose sentence ends (the writer's slip), is no tag.
    assert.deepEqual(units('责任分解方案\n(一)推进数字政府建设。(牵头单位:市数据局\n(二)推进政务公开。\n'), []);
    assert.deepEqual(units('责任分解方案\n扎实推进数字政府建设,【责任单位:县数据局。'), []);
  });
});

describe('tasks: rule fixtures', () => {
  fixtureTests(path.join(ROOT, 'test/fixtures/tasks'), [
    'task-no-lead',
    'task-deadline-range',
    'unit-name-variants',
    'task-lead-and-responsible',
  ]);
});

describe('tasks: next year draft', () => {
  it('keeps the units, moves dated deadlines by a year and marks them for review', () => {
    const text =
      '某区商务局2025年重点工作任务分工方案\n一、重点任务\n1.推进外贸。（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：2025年12月底前）。\n2.办好展会。（区商务局牵头，区文旅局配合；长期坚持）\n3.建设园区。2027年6月底前建成（牵头单位：区发改委；责任单位：各街道）。\n';
    const draft = draftNextYearFromText(text);
    assert.equal(
      draft.text,
      '某区商务局2026年重点工作任务分工方案\n一、重点任务\n1.推进外贸。（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：【待核：2026年12月底前】）。\n2.办好展会。（区商务局牵头，区文旅局配合；长期坚持）\n3.建设园区。【待核：2028年6月底前】建成（牵头单位：区发改委；责任单位：各街道）。\n',
    );
    assert.deepEqual(
      draft.reviews.map((r) => r.kind),
      ['deadline', 'deadline'],
    );
    // The draft's tasks have the same units; review-needed reads the saved mark as a deadline.
    const before = tasksOfText(text).map((t) => [t.lead.map((u) => u.name), t.responsible.map((u) => u.name)]);
    const after = tasksOfText(draft.text).map((t) => [t.lead.map((u) => u.name), t.responsible.map((u) => u.name)]);
    assert.deepEqual(after, before);
    const findings = analyze(draft.text).findings.filter((f) => f.rule === 'review-needed');
    assert.deepEqual(
      findings.map((f) => f.message.key),
      ['review.deadline', 'review.deadline'],
    );
  });
});

describe('tasks: CLI', () => {
  const CLI = path.join(ROOT, 'dist/cli.js');
  const DOC = path.join(ROOT, 'test/corpus/234-xining-liutong-shishiyijian.txt');
  const run = (args: string[], lang = 'en') =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: `${lang}.UTF-8`, WORKPLAN_LANG: lang } });

  it('tasks --json: rows with file, 1-based line and column, units, deadline and section', () => {
    const r = run(['tasks', '--json', DOC]);
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), [
      {
        file: DOC,
        line: 19,
        column: 1,
        title: '提高流通管理部门管理效能',
        lead: ['市商务局'],
        responsible: ['市编办', '市发改委', '市法制办', '各区县政府'],
        deadline: null,
        section: '(一)深化流通体制改革',
      },
    ]);
  });

  it('tasks --csv: UTF-8 with BOM, CRLF, quoted cells, headers in the language of the locale', () => {
    const r = spawnSync(process.execPath, [CLI, 'tasks', '--csv', DOC], {
      env: { ...process.env, LANG: 'zh_CN.UTF-8', WORKPLAN_LANG: 'zh' },
    });
    const bytes = r.stdout as Buffer;
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], '文件,行,列,任务,牵头单位,责任单位,完成时限,所属部分');
    assert.equal(lines[1], `${DOC},19,1,提高流通管理部门管理效能,市商务局,市编办、市发改委、市法制办、各区县政府,,(一)深化流通体制改革`);
    // A cell with a comma or a quote is quoted, quotes doubled (RFC 4180).
    const csv = tasksCsv(
      [
        {
          line: 1,
          column: 1,
          title: '甲,乙"丙"',
          lead: ['A'],
          responsible: [],
          deadline: null,
          section: '',
          leadKeys: [],
          responsibleKeys: [],
          start: 0,
          end: 0,
        },
      ],
      'en',
    );
    assert.equal(csv.split('\r\n')[1], '1,1,"甲,乙""丙""",A,,,');
  });

  it('tasks (text): one block per task and a summary', () => {
    const r = run(['tasks', DOC]);
    assert.equal(
      r.stdout,
      `${DOC}:19:1  提高流通管理部门管理效能\n    Lead units: 市商务局  Responsible units: 市编办、市发改委、市法制办、各区县政府\nfiles: 1, tasks: 1\n`,
    );
  });
});

describe('tasks: seventeenth blind set forms (docs/blind-scores.md, form 270)', () => {
  const units = unitsByLine;

  it('form 270: `实施部门：` / `实施单位：` name the units that carry a task out (responsible, as 配合单位)', () => {
    const text = [
      '上海港提高靠港船舶岸电使用率实施方案（2023年）',
      '二、主要任务',
      '（一）完善码头岸电设施建设。持续推进岸电设施建设。（牵头部门：市交通委科技信息处、港务监管处；实施部门：市港航中心、各区交通主管部门）',
      '（二）推进船舶受电设施改造。推进受电设施改造。（实施单位：市港航中心）',
      '',
    ].join('\n');
    assert.deepEqual(units(text), [
      { line: 2, lead: ['市交通委科技信息处', '港务监管处'], responsible: ['市港航中心', '各区交通主管部门'] },
      { line: 3, lead: [], responsible: ['市港航中心'] },
    ]);
    // Counter-examples: 实施单位 in a sentence, without its colon, assigns nothing; nor does a document whose only word is 实施.
    assert.deepEqual(units('实施方案\n一、重点任务\n1.建设平台。各实施单位要加强协调，按期完成。\n'), []);
    assert.deepEqual(units('实施方案\n一、重点任务\n1.组织实施。认真实施各项措施。\n'), []);
  });
});

describe('tasks: eighteenth blind set forms (docs/blind-scores.md, forms 295–296)', () => {
  const units = unitsByLine;

  it('form 295: a label paragraph first in the text (a page of one task, its own text not copied) is that task', () => {
    const page = '\n牵头部门:市发展改革委\n落实情况\n正在推进中:\n一、安排282个重大投资项目。\n';
    assert.deepEqual(units(page), [{ line: 1, lead: ['市发展改革委'], responsible: [] }]);
    // Counter-example: after an item, the label paragraph stays that item's (nothing new).
    assert.deepEqual(units('某方案\n一、重点任务\n1.推进项目建设。\n牵头单位:市发改委\n'), [
      { line: 2, lead: ['市发改委'], responsible: [] },
    ]);
  });

  it('form 296: `市经委作为…牵头责任部门，要…` gives the lead of its sentence’s work (anchored as `由A负责` is)', () => {
    const plan = [
      '2009年招商引资工作任务安排意见',
      '三、做好协调和考核工作',
      '市经委作为全市域外招商牵头责任部门，要组织协调好域外招商引资各项工作，确保完成引进200亿元招商引资指标。',
      '',
    ].join('\n');
    assert.deepEqual(units(plan), [{ line: 1, lead: ['市经委'], responsible: [] }]);
    // Counter-examples: no 作为 (`各牵头单位要…`), no office's name before it (`支持企业作为牵头单位`), 作为 later in the sentence.
    assert.deepEqual(units('某方案\n一、重点任务\n各牵头单位要加强与责任单位的沟通，及时报送进展。\n'), []);
    assert.deepEqual(units('某方案\n一、重点任务\n支持龙头企业作为牵头单位，组建创新联合体。\n'), []);
    assert.deepEqual(units('某方案\n一、重点任务\n要发挥市商务局作为牵头部门，做好协调。\n'), []);
  });
});

describe('tasks: twenty-fifth blind set form 446 (docs/blind-scores.md)', () => {
  const one = (text: string) =>
    tasksOfText(text).map((t) => ({
      line: t.line,
      title: t.title,
      lead: t.lead.map((u) => u.name),
      responsible: t.responsible.map((u) => u.name),
      deadline: t.deadline?.text ?? null,
    }));
  const units = unitsByLine;

  it('reads each paragraph of a 职责分工 list that opens with units and 负责 as a task of its line (623:56–74)', () => {
    const plan = [
      '某镇房屋安全隐患排查整治工作方案',
      '三、保障措施',
      '（二）细化职责分工',
      '房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作，搭建信息管理平台；',
      '房管所负责规模租赁场所的房屋安全隐患排查整治工作；',
      '平安办、公安派出所负责城镇旅馆业、特种行业的房屋安全隐患排查整治工作；',
      '安监所负责人员密集场所房屋的消防安全宣传和指导工作；负责石油化工行业的排查整治工作；',
      '市场监管所和城管中队具体负责2022年6月底前完成经营场所复查；',
      '文体中心牵头负责文化场所的排查整治工作。',
      '各职能部门分工若有遗漏，以镇拓展网格划分为准。',
      '',
    ].join('\n');
    assert.deepEqual(one(plan), [
      { line: 3, title: '牵头组织城镇房屋安全隐患排查整治工作', lead: ['房管所', '规建生态办'], responsible: [], deadline: null },
      { line: 4, title: '规模租赁场所的房屋安全隐患排查整治工作', lead: [], responsible: ['房管所'], deadline: null },
      { line: 5, title: '城镇旅馆业、特种行业的房屋安全隐患排查整治工作', lead: [], responsible: ['平安办', '公安派出所'], deadline: null },
      { line: 6, title: '人员密集场所房屋的消防安全宣传和指导工作', lead: [], responsible: ['安监所'], deadline: null },
      { line: 7, title: '2022年6月底前完成经营场所复查', lead: [], responsible: ['市场监管所', '城管中队'], deadline: '2022年6月底前' },
      { line: 8, title: '文化场所的排查整治工作', lead: ['文体中心'], responsible: [], deadline: null },
    ]);
    // A lead paragraph that divides the work, then such paragraphs only, does too; a numbered one is its item's task.
    assert.deepEqual(
      units('某区工作方案\n四、组织实施\n各部门职责分工如下：\n区发改委负责统筹推进项目建设；\n（1）区财政局负责资金保障。\n'),
      [
        { line: 3, lead: [], responsible: ['区发改委'] },
        { line: 4, lead: [], responsible: ['区财政局'] },
      ],
    );
  });

  it('counter-examples: prose outside a division of work, 由…负责 sentences, 负责人, run-in titles, tags, units joined by 和 inside one name', () => {
    // The same paragraphs under a heading that divides nothing: prose (`各街镇负责做好…` in an ordinary item).
    assert.deepEqual(
      units('某区工作方案\n二、重点任务\n（一）摸底排查\n各街镇负责做好辖区房屋的摸底排查工作；\n房管所负责规模租赁场所的排查工作；\n'),
      [],
    );
    // Under a division of work: `由A负责…` keeps its own reading (the sentence must end at the verb), `负责人` is a person.
    assert.deepEqual(units('某区工作方案\n三、职责分工\n由区发展改革委负责统筹协调全区项目建设。\n'), []);
    assert.deepEqual(units('某区工作方案\n三、职责分工\n各单位主要负责人要亲自抓、负总责。\n'), []);
    assert.deepEqual(units('某区工作方案\n三、职责分工\n区住建局负责同志要带队督查。\n'), []);
    // A run-in title before the units (573's `（二）部门工作职责。市、区交通运输部门负责…`): standing competences, no task.
    assert.deepEqual(units('某方案\n一、适用范围及部门职责\n（二）部门工作职责。市、区交通运输部门负责公路超限运输许可审批办理。\n'), []);
    // A tag keeps its units (the paragraph's own form wins), and `工业和信息化部` stays one unit.
    assert.deepEqual(units('某方案\n三、任务分工\n1.推进数字化转型。（工业和信息化部负责）\n'), [
      { line: 2, lead: [], responsible: ['工业和信息化部'] },
    ]);
    assert.deepEqual(units('某方案\n三、任务分工\n工业和信息化部负责推进制造业数字化转型。\n'), [
      { line: 2, lead: [], responsible: ['工业和信息化部'] },
    ]);
    // A lead paragraph followed by other text first: the run is broken.
    assert.deepEqual(units('某区工作方案\n四、组织实施\n各部门职责分工如下：\n要加强统筹。\n区发改委负责统筹推进项目建设；\n'), []);
  });
});

describe('tasks: twenty-sixth blind set form 475 (629)', () => {
  const units = (text: string) =>
    tasksOfText(text).map((t) => ({ line: t.line, title: t.title, responsible: t.responsible.map((u) => u.name) }));

  it('reads a 职责分工 paragraph written as sentences, each opening with units and 负责, as one task per sentence', () => {
    const text =
      '某区为民办实事项目实施方案\n三、职责分工\n区消防救援局负责协调、指导项目推进工作。区财政局、区发改委负责落实项目所需经费。各部门要加强协调配合。各属地街道负责排摸辖区内场所底数情况。\n四、实施步骤\n区应急局负责组织验收。\n';
    assert.deepEqual(units(text), [
      { line: 2, title: '协调、指导项目推进工作', responsible: ['区消防救援局'] },
      { line: 2, title: '落实项目所需经费', responsible: ['区财政局', '区发改委'] },
      { line: 2, title: '排摸辖区内场所底数情况', responsible: ['各属地街道'] },
    ]);
  });
});

describe('tasks: twenty-seventh blind set form 515 (644)', () => {
  const units = unitsByLine;

  it('a convention note after ； in a 责任单位 tag (`若工作涉及多个处室的,列第一的为牵头责任处室,下同`) is no unit, and the first listed leads', () => {
    const text = [
      '2020年全省市场监管工作要点',
      '一、强化标准',
      '(一)强化标准助推。做好标准工作。(责任单位:标准化处、省药监局相关处室,各市〔州〕市场监管局;若工作涉及多个处室的,列第一的为牵头责任处室,下同)',
      '(二)强化质量。做好质量工作。(责任单位:质量处、认证处)',
      '',
    ].join('\n');
    assert.deepEqual(units(text), [
      { line: 2, lead: ['标准化处'], responsible: ['省药监局相关处室', '各市〔州〕市场监管局'] },
      { line: 3, lead: ['质量处'], responsible: ['认证处'] },
    ]);
    // Counter-examples: a second label after ； is read as a label, and without the convention no unit leads.
    assert.deepEqual(
      units('2020年工作要点\n一、强化标准\n(一)强化标准助推。做好标准工作。(责任单位:标准化处、认证处;配合单位:各市市场监管局)\n'),
      [{ line: 2, lead: [], responsible: ['标准化处', '认证处', '各市市场监管局'] }],
    );
    assert.deepEqual(units('2020年工作要点\n一、强化质量\n(一)强化质量。做好质量工作。(责任单位:质量处、认证处)\n'), [
      { line: 2, lead: [], responsible: ['质量处', '认证处'] },
    ]);
  });
});

describe('tasks: twenty-seventh blind set form 502 (638)', () => {
  const units = unitsByLine;

  it('the convention written with 爲 (`排在首位的爲牽頭單位,下同`) is no unit, and the first listed leads; 為 and 为 as before', () => {
    for (const wei of ['爲', '為', '为'])
      assert.deepEqual(
        units(
          `某市降低制造业企业成本措施\n一、降低税费\n1.降低城镇土地使用税。(責任單位:市稅務局、市財政局,排在首位的${wei}牽頭單位,下同)\n`,
        ),
        [{ line: 2, lead: ['市稅務局'], responsible: ['市財政局'] }],
      );
  });
});

describe('tasks: twenty-ninth blind set forms 563 and 581 (655, 658)', () => {
  const units = unitsByLine;

  it('a label with a bracketed alternative (`责任科室(单位):`, `责任单位（部门）：`) is a label; in prose without a colon it is none', () => {
    const text = [
      '某局专项攻坚方案',
      '一、开展就业服务提升行动。抓好重点群体就业工作。责任科室(单位):就业科、能建科分别牵头。',
      '二、开展信息宣传行动。抓好宣传。',
      '责任单位（部门）：办公室、法规科',
      '三、强化督导。各责任单位(部门)要加强督导。',
      '',
    ].join('\n');
    assert.deepEqual(units(text), [
      { line: 1, lead: ['就业科', '能建科'], responsible: [] },
      { line: 2, lead: [], responsible: ['办公室', '法规科'] },
    ]);
  });

  it('`主要协作单位:` after `牵头责任单位:` names the responsible units; 协作 in prose names none', () => {
    const text = [
      '县卫健委2021年政府工作报告任务分解',
      '1.落实积极应对人口老龄化国家战略',
      '牵头责任单位:县卫健委、县民政局',
      '主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门',
      '2.加强作风建设',
      '对于配合协作的事情不推不拖,协作单位要主动对接。',
      '',
    ].join('\n');
    assert.deepEqual(units(text), [
      { line: 1, lead: ['县卫健委', '县民政局'], responsible: ['各乡镇人民政府', '经济开发区管委会', '县政府有关部门'] },
    ]);
  });
});

describe('tasks: twenty-ninth blind set forms 580 and 540 (657, 652)', () => {
  const rows = (text: string) =>
    tasksOfText(text).map((t) => ({
      line: t.line,
      title: t.title,
      lead: t.lead.map((u) => u.name),
      responsible: t.responsible.map((u) => u.name),
      deadline: t.deadline?.text ?? null,
    }));

  it('reads a one-cell-per-line table under `责任股室` / `(单位)`: sections of a bureau (股) are units, a glued cell of two of them is both (form 580)', () => {
    const text = [
      '序号',
      '指标',
      '工作任务',
      '完成时限',
      '责任领导',
      '责任股室',
      '(单位)',
      '备注',
      '1',
      '群众文化',
      '全年举办群众文化活动20场。',
      '11月底前',
      '王立新',
      '群众文化股',
      '文化馆',
      '2',
      '组织开展送戏下乡活动。',
      '群众文化股文化馆',
      '3',
      '推进图书馆数字化建设。',
      '4',
      '广电',
      '完成县级应急广播系统(三期)建设。',
      '广电事业股',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      { line: 8, title: '全年举办群众文化活动20场', lead: [], responsible: ['群众文化股', '文化馆'], deadline: '11月底前' },
      { line: 15, title: '组织开展送戏下乡活动', lead: [], responsible: ['群众文化股', '文化馆'], deadline: null },
      { line: 20, title: '完成县级应急广播系统(三期)建设', lead: [], responsible: ['广电事业股'], deadline: null },
    ]);
  });

  it('reads task cells numbered with the report’s own numbers under one merged 牵头单位 cell as one task each (form 540)', () => {
    const head = [
      '某局2025年一季度政府工作报告落实情况统计表',
      '',
      '序号',
      '',
      '牵头单位',
      '',
      '工作任务',
      '',
      '目前完成情况、存在问题及下一步工作措施',
      '',
      '完成进度(%)',
      '',
      '备注',
      '',
    ];
    const text = [
      ...head,
      '7',
      '',
      '市交通运输局',
      '',
      '31.加快农村公路提档升级,新改建农村公路200公里。',
      '',
      '2025年以来,完成农村公路新改建45公里,下一步加快推进。',
      '',
      '25%',
      '',
      '48.推进城乡客运一体化。',
      '',
      '1.已开通城乡公交线路3条;2.正在推进站点建设。',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      { line: 18, title: '加快农村公路提档升级', lead: ['市交通运输局'], responsible: [], deadline: null },
      { line: 24, title: '推进城乡客运一体化', lead: ['市交通运输局'], responsible: [], deadline: null },
    ]);
    // Counter-example: a row whose task cell carries no number of its own is one task on its serial's line (524).
    const plain = [
      ...head,
      '7',
      '',
      '市交通运输局',
      '',
      '加快农村公路提档升级。',
      '',
      '2025年以来,完成农村公路新改建45公里。',
      '',
      '25%',
      '',
    ].join('\n');
    assert.deepEqual(rows(plain), [{ line: 14, title: '加快农村公路提档升级', lead: ['市交通运输局'], responsible: [], deadline: null }]);
  });

  it('counter-examples: a share (`入股`) is no unit, a glued cell of names the table never wrote alone stays one, a label cell is no title', () => {
    const text = [
      '序号',
      '指标',
      '工作任务',
      '完成时限',
      '责任股室',
      '(单位)',
      '1',
      '产业发展',
      '引导农户以土地入股。',
      '12月底前',
      '农经股',
      '2',
      '开展技术培训。',
      '农技站畜牧站',
      '3',
      '村集体经济',
      '推动村集体入股',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      { line: 6, title: '引导农户以土地入股', lead: [], responsible: ['农经股'], deadline: '12月底前' },
      { line: 11, title: '开展技术培训', lead: [], responsible: ['农技站畜牧站'], deadline: null },
    ]);
  });
});

describe('tasks: thirtieth blind set forms 621 and 622 (666)', () => {
  const rows = (text: string) =>
    tasksOfText(text).map((t) => ({
      line: t.line,
      lead: t.lead.map((u) => u.name),
      responsible: t.responsible.map((u) => u.name),
      deadline: t.deadline?.text ?? null,
    }));
  const head = '2025年某县食品安全重点工作任务清单\n| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n';
  const time = '2025年11月底前,并长期坚持';

  it('reads a short row (merged leading cells written once, padded at its end) from the end: its unit and time cells (form 621)', () => {
    const text =
      head +
      `| 一、加大突出问题治理力度 | (一)强化源头治理 | 1.加强土壤污染源头防控。 | 县生态环境分局 | ${time} |\n` +
      `| 2.持续开展农药减量行动。 | 县农业农村局 | ${time} | ||\n` +
      `| (二)严控农兽药残留超标 | 3.深入开展药物残留攻坚治理。 | 县农业农村局 | ${time} | |\n` +
      `| (三)加大校园食品安全整治力度 | 4.深化“校园餐”问题专项整治。 | 县教育体育局、县财政局、县农业农村局按职责分工负责 | ${time} | |\n` +
      `| 5.全面落实校长陪餐制度。 | 县教育体育局 | ${time} | ||\n`;
    assert.deepEqual(rows(text), [
      { line: 2, lead: [], responsible: ['县生态环境分局'], deadline: time },
      { line: 3, lead: [], responsible: ['县农业农村局'], deadline: time },
      { line: 4, lead: [], responsible: ['县农业农村局'], deadline: time },
      { line: 5, lead: [], responsible: ['县教育体育局', '县财政局', '县农业农村局'], deadline: time },
      { line: 6, lead: [], responsible: ['县教育体育局'], deadline: time },
    ]);
  });

  it('counter-examples: a full row, units split by `,`, a padded row under a header whose last column is no unit or time column, a dated cell in a unit column', () => {
    const full = `2025年某县工作清单\n序号 | 重点任务 | 责任单位 | 完成时限\n1 | 改造农村公路 | 县财政局,县教育局 | 2025年底前\n`;
    assert.deepEqual(rows(full), [{ line: 2, lead: [], responsible: ['县财政局', '县教育局'], deadline: '2025年底前' }]);
    const remark = `2025年某县工作清单\n| 序号 | 重点任务 | 责任单位 | 备注 |\n| 1 | 改造农村公路 | 县交通运输局 | |\n`;
    assert.deepEqual(rows(remark), [{ line: 2, lead: [], responsible: ['县交通运输局'], deadline: null }]);
    // Not shifted (the row is full), the time written in the unit column is still no unit.
    const dated = `2025年某县工作清单\n序号 | 重点任务 | 责任单位 | 备注\n1 | 改造农村公路 | 2025年11月底前,并长期坚持 | 无\n2 | 建设农村水利 | 县水利局 | 无\n`;
    assert.deepEqual(rows(dated), [{ line: 3, lead: [], responsible: ['县水利局'], deadline: null }]);
  });

  it('reads role words in a unit cell: `A牵头,B按照职责分工负责` leads with A; the row is titled by its measure, not its group (form 622)', () => {
    const text =
      head +
      `| 一、加大突出问题治理力度 | (一)强化源头治理 | 1.加强土壤污染源头防控。 | 县生态环境分局牵头,各有关部门按照职责分工负责 | ${time} |\n` +
      `| 2.持续开展农药减量行动。 | 县农业农村局牵头,县市场监管局配合 | ${time} | ||\n`;
    assert.deepEqual(rows(text), [
      { line: 2, lead: ['县生态环境分局'], responsible: ['各有关部门'], deadline: time },
      { line: 3, lead: ['县农业农村局'], responsible: ['县市场监管局'], deadline: time },
    ]);
    assert.deepEqual(
      tasksOfText(text).map((t) => t.title),
      ['1.加强土壤污染源头防控', '2.持续开展农药减量行动'],
    );
    // The same words in a role-word tag: `按照职责分工负责` is `按职责分工负责`.
    assert.deepEqual(rows('某县2025年工作要点\n一、加强监管\n1.开展专项整治。（县市场监管局牵头，各乡镇按照职责分工负责）\n'), [
      { line: 2, lead: ['县市场监管局'], responsible: ['各乡镇'], deadline: null },
    ]);
  });

  it('counter-examples: units that all 按职责分工负责 (no lead), a name holding 牵头 in its middle', () => {
    const text =
      head +
      `| 一、加大突出问题治理力度 | (一)强化源头治理 | 1.加强土壤污染源头防控。 | 县教育体育局、县农业农村局按职责分工负责 | ${time} |\n` +
      `| 2.持续开展农药减量行动。 | 县牵头抓总办公室 | ${time} | ||\n` +
      `| 3.深入开展药物残留攻坚治理。 | 县牵头抓总办公室,县财政局 | ${time} | ||\n`;
    assert.deepEqual(rows(text), [
      { line: 2, lead: [], responsible: ['县教育体育局', '县农业农村局'], deadline: time },
      { line: 3, lead: [], responsible: ['县牵头抓总办公室'], deadline: time },
      { line: 4, lead: [], responsible: ['县牵头抓总办公室', '县财政局'], deadline: time },
    ]);
  });
});

describe('tasks: thirtieth blind set form 600 (660)', () => {
  const units = (text: string) =>
    tasksOfText(text).map((t) => ({ lead: t.lead.map((u) => u.name), responsible: t.responsible.map((u) => u.name) }));
  it('where the stored copy ends inside a tag, the cut last piece that ends like no unit is dropped; a whole last unit stays', () => {
    assert.deepEqual(units('某县2021年重点工作责任分解\n(六)城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局(粮食局)、县农业农'), [
      { lead: ['县发改局(粮食局)'], responsible: [] },
    ]);
    assert.deepEqual(units('某县2021年重点工作责任分解\n(六)城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局、县农业农村局'), [
      { lead: ['县发改局', '县农业农村局'], responsible: [] },
    ]);
  });
});

describe('tasks: thirty-first blind set forms 662 and 683 (679, 680)', () => {
  const rows = (text: string) =>
    tasksOfText(text).map((t) => ({ line: t.line, lead: t.lead.map((u) => u.name), responsible: t.responsible.map((u) => u.name) }));

  it('reads `主办` (lead) and `协办` (responsible) after the units of a tag that closes its item (form 662)', () => {
    const text =
      '某省2013年政府工作报告重点工作责任分工\n一、主要预期目标\n' +
      '(一)地区生产总值增长11%左右。(省发改委负责)\n' +
      '(二)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、国土资源厅、金融办协办)\n' +
      '二、重点工作\n' +
      '1.抓好600个省级重点产业项目,确保年度投资达到2000亿元。(省工信委主办,省发改委协办)\n' +
      '2.推進重點項目落地。（省發改委主辦，省商務廳協辦）\n';
    assert.deepEqual(rows(text), [
      { line: 2, lead: [], responsible: ['省发改委'] },
      { line: 3, lead: ['省发改委'], responsible: ['省工信委', '国土资源厅', '金融办'] },
      { line: 5, lead: ['省工信委'], responsible: ['省发改委'] },
      { line: 6, lead: ['省發改委'], responsible: ['省商務廳'] },
    ]);
  });

  it('counter-examples: the organiser of an event in prose or before its sentence’s full stop, `主办方` in a news item; `主办单位：`/`协办单位：` labels read as before', () => {
    const prose =
      '某市2025年文化工作要点\n一、丰富群众文化生活\n' +
      '1.开展全民阅读。由市委宣传部主办的读书月活动于4月举行,各县(市、区)协办。\n' +
      '2.举办文化旅游节(市文旅局主办)。活动主办方市文旅局表示,将邀请各地协办单位参加。\n';
    assert.deepEqual(rows(prose), []);
    const labels = '某市2025年商务工作要点\n一、扩大消费\n1.举办消费节。（主办单位：市商务局；协办单位：市财政局、市文旅局）\n';
    assert.deepEqual(rows(labels), [{ line: 2, lead: ['市商务局'], responsible: ['市财政局', '市文旅局'] }]);
  });

  const plan = '三明市人民政府办公室\n2025年7月29日\n(此件主动公开)\n某市提振消费专项行动实施方案\n一、实施居民增收促进行动\n';

  it('reads bare unit tags closing the items of a document whose tags name no role word, the note of the first no unit (form 683)', () => {
    const text =
      plan +
      '1.促进就业。落实保用工政策,实现就业困难人员再就业2050人。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕\n' +
      '2.支持创业。市级给予1:1创业资金配套。(市人社局)\n' +
      '3.提升技能。建设2家以上产业链头部企业实训基地。(市人社局、市教育局)\n';
    assert.deepEqual(rows(text), [
      { line: 5, lead: [], responsible: ['市人社局'] },
      { line: 6, lead: [], responsible: ['市人社局'] },
      { line: 7, lead: [], responsible: ['市人社局', '市教育局'] },
    ]);
  });

  it('counter-examples: places, kinds and years in brackets, a bracket inside a sentence, one bare tag alone, a news digest’s sources', () => {
    const kinds =
      plan +
      '1.促进就业。落实保用工政策。（市人社局牵头，市财政局配合）\n' +
      '2.扩大试点。试点覆盖全部县。（县级市）\n' +
      '3.建设驿站。每个乡镇建设1个。（联系点）\n' +
      '4.培育园区。推动园区扩容。（含开发区）\n' +
      '5.办好活动。举办消费季活动。(2025年)\n' +
      '6.开展全民健身。组织群众性赛事(县体育局),丰富群众生活。\n';
    assert.deepEqual(rows(kinds), [{ line: 5, lead: ['市人社局'], responsible: ['市财政局'] }]);
    const alone = plan + '1.促进就业。落实保用工政策。（市人社局牵头，市财政局配合）\n2.支持创业。落实创业担保贷款。(市人社局)\n';
    assert.deepEqual(rows(alone), [{ line: 5, lead: ['市人社局'], responsible: ['市财政局'] }]);
    // Items closed by their sources' names, no tag naming a role (the guard's 责任 stands in the text after them).
    const digest =
      '某县政务信息第12期\n一、工作动态\n1.我县召开安全生产会议。会议部署了有关工作。(县应急局)\n2.我县开展消费季活动。活动持续一个月。(县商务局)\n二、下步安排\n压实责任,抓好落实。\n';
    assert.deepEqual(rows(digest), []);
  });
});

describe("tasks: a note after a label's list (302)", () => {
  it('`以下均需各县市区落实,不再列出` after the units of a 责任单位 label is no unit; a unit named 以下 is none either way', () => {
    const text = [
      '荆门市“十四五”规划纲要主要目标任务分工',
      '1.地区生产总值总量力争突破3000亿元。',
      '责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再列出。',
      '2.常住人口城镇化率达到66%。',
      '责任单位:市发改委,市住建局',
      '',
    ].join('\n');
    assert.deepEqual(
      tasksOfText(text).map((t) => t.responsible.map((u) => u.name)),
      [
        ['市政府有关部门', '各县市区'],
        ['市发改委', '市住建局'],
      ],
    );
  });
});

describe('tasks: thirty-third blind set form 720 (693; 2026-12-08)', () => {
  const table = (cell: string) =>
    `某市2025年政府工作报告主要任务落实情况\n序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n1 |\n支持广播电视、气象等事业发展。 |\n${cell} |\n上半年完成接待任务175批次。\n`;
  it('a station’s 台 ends a unit’s name (`市广播电视台`, `市气象台`), so a 牵头单位 cell of names one blank apart holds all of them', () => {
    assert.deepEqual(unitsByLine(table('市委社会工作部 市广播电视台 市气象台 市地震局')), [
      { line: 5, lead: ['市委社会工作部', '市广播电视台', '市气象台', '市地震局'], responsible: [] },
    ]);
  });
  it('counter-examples: 平台, 出台 and 舞台 end no unit’s name, so the cell is not cut into names there', () => {
    for (const cell of ['市委社会工作部 市数字平台 市地震局', '市委社会工作部 政策出台 市地震局', '市委社会工作部 城市舞台 市地震局'])
      assert.deepEqual(unitsByLine(table(cell)), [{ line: 5, lead: [cell], responsible: [] }]);
  });
});

describe('tasks: thirty-fourth blind set form 735 (697)', () => {
  const head =
    '某省2025年政府工作报告重点工作分工方案\n' +
    '  一、对地区生产总值增长5%以上等预期目标完成情况进行监测和督导。(省发展改革委、省工业和信息化厅、省财政厅等按职责分工负责)\n' +
    '  二、抓住“两重”建设机遇,提升项目谋划质量。加快推进辽阳石化乙烯节能等重大项目。';
  const first = { line: 1, lead: [], responsible: ['省发展改革委', '省工业和信息化厅', '省财政厅'] };
  const units7 = ['省委军民融合办', '省发展改革委', '省科技厅', '省工业和信息化厅', '省交通运输厅', '省水利厅', '省数据局(省营商局)'];

  it('a list tag the stored copy cuts inside its bracket at the text’s end is the last item’s tag: all its units responsible', () => {
    const tag = '〔省委军民融合办、省发展改革委、省科技厅、省工业和信息化厅、省交通运输厅、省水利厅、省数据局(省营商局)';
    for (const end of ['', '\n', '\n\n'])
      assert.deepEqual(unitsByLine(head + tag + end), [first, { line: 2, lead: [], responsible: units7 }]);
    // `(` and `（` too; a last piece that the cut left as no unit's name is dropped.
    assert.deepEqual(unitsByLine(head + '（省发展改革委、省科技厅、省水利厅'), [
      first,
      { line: 2, lead: [], responsible: ['省发展改革委', '省科技厅', '省水利厅'] },
    ]);
    assert.deepEqual(unitsByLine(head + '(省发展改革委、省科技厅、省水'), [
      first,
      { line: 2, lead: [], responsible: ['省发展改革委', '省科技厅'] },
    ]);
  });

  const plan = (second: string, third: string) =>
    '某省2025年重点工作分工方案\n' +
    '  一、对预期目标完成情况进行监测和督导。〔省发展改革委、省工业和信息化厅、省财政厅等按职责分工负责〕\n' +
    `  二、提升项目谋划质量。加快推进重大项目。${second}\n` +
    `  三、扩大有效需求。${third}\n`;
  const tagged = { line: 1, lead: [], responsible: ['省发展改革委', '省工业和信息化厅', '省财政厅'] };

  it('a bare 〔…〕 list closing an item, in a document whose other 〔…〕 tag names its list responsible with one verb, is a tag of that list', () => {
    assert.deepEqual(unitsByLine(plan('〔省委军民融合办、省发展改革委、省数据局(省营商局)〕', '落实消费政策。')), [
      tagged,
      { line: 2, lead: [], responsible: ['省委军民融合办', '省发展改革委', '省数据局(省营商局)'] },
    ]);
    assert.deepEqual(unitsByLine(plan('〔省科技厅〕', '落实消费政策。〔省商务厅、省财政厅〕')), [
      tagged,
      { line: 2, lead: [], responsible: ['省科技厅'] },
      { line: 3, lead: [], responsible: ['省商务厅', '省财政厅'] },
    ]);
  });

  it('counter-examples: a document number, a place, a kind, a bracket inside a sentence, a bare tag in another bracket, a tag naming a lead', () => {
    for (const second of ['〔2025〕', '〔2025〕5号', '〔沈阳、大连、鞍山〕', '（县级市）', '〔县级市〕', '〔各县(市、区)〕'])
      assert.deepEqual(unitsByLine(plan(second, '落实消费政策。')), [tagged], second);
    assert.deepEqual(unitsByLine(plan('', '会同〔省商务厅〕落实消费政策,扩大有效需求。')), [tagged]);
    // Another bracket than the role-naming tag's (697's own: `(…按职责分工负责)`, then `〔…〕`).
    assert.deepEqual(unitsByLine(plan('(省科技厅、省水利厅)', '落实消费政策。')), [tagged]);
    // The other tag names a lead (form 683's one bare tag alone), or no role.
    const lead = plan('〔省科技厅〕', '落实消费政策。').replace(
      '、省工业和信息化厅、省财政厅等按职责分工负责',
      '牵头,省工业和信息化厅、省财政厅配合',
    );
    assert.deepEqual(unitsByLine(lead), [{ line: 1, lead: ['省发展改革委'], responsible: ['省工业和信息化厅', '省财政厅'] }]);
    const none = plan('〔省科技厅〕', '落实消费政策。').replace('〔省发展改革委、省工业和信息化厅、省财政厅等按职责分工负责〕', '');
    assert.deepEqual(unitsByLine(none), []);
  });

  it('typing in the cut tag (the last line) gives the tasks the full extraction gives (foundAfterEdit reads the document again)', () => {
    const plain = (tasks: readonly Task[]) => tasks.map((t) => `${t.line} ${t.responsible.map((u) => u.name).join(',')}`);
    for (const [from, to] of [
      ['〔省发展改革委、省科技', '〔省发展改革委、省科技厅'],
      ['〔省发展改革委、省科技厅', '〔省发展改革委、省科技厅。'],
      ['〔省发展改革委、省科技厅', '〔省发展改革委、省科技厅、省水利厅'],
    ]) {
      const before = parseDocument(head + from);
      tasksOf(before);
      const after = parseDocument(head + to);
      linkTasks(before, after, changeBetween(head + from, head + to)!);
      assert.deepEqual(plain(tasksOf(after)), plain(extractTasks(parseDocument(head + to))), to);
    }
  });

  it('counter-examples: a document number, a bracket open before more text, places, kinds, mid-sentence, no role-word tag, long or with a full stop', () => {
    for (const tail of [
      '〔2025〕',
      '〔2025',
      '〔2025〕5号',
      '〔沈阳、大连、鞍山',
      '（县级市',
      '〔省发展改革委、省科技厅。',
      '〔省发展改革委、省科技厅。省水利厅',
      '〔' + '省发展改革委、'.repeat(12) + '省科技厅',
    ])
      assert.deepEqual(unitsByLine(head + tail), [first], tail);
    // Left open before more text (the next item follows).
    assert.deepEqual(unitsByLine(head + '〔省发展改革委、省科技厅\n  三、扩大有效需求。\n'), [first]);
    // Inside the sentence, not after its full stop.
    assert.deepEqual(unitsByLine(head.slice(0, -1) + ',会同〔省发展改革委、省科技厅'), [first]);
    // No other tag of the document names a role.
    const bare =
      '某省2025年重点工作\n  一、抓住“两重”建设机遇,提升项目谋划质量。\n  二、加快推进重大项目。〔省发展改革委、省科技厅、省水利厅';
    assert.deepEqual(unitsByLine(bare), []);
    // A paragraph that is no numbered item.
    assert.deepEqual(unitsByLine(head + '\n加快推进重大项目。〔省发展改革委、省科技厅'), [first]);
  });
});
