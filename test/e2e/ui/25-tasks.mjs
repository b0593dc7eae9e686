// UI: the Tasks view in its own activity-bar container lists a 分工方案's tasks by section, then by
// unit after the toggle (screenshots for both groupings).
import { openFile, runCommand, screenshot, until } from '../harness.mjs';

const NAME = 'tasks-ui-分工方案.txt';
const PLAN = [
  '某区商务局2025年重点工作任务分工方案',
  '一、稳外贸',
  '1.推进外贸稳规模。落实稳外贸政策，开展重点企业走访（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：2025年12月底前）。',
  '2.培育外贸主体。支持企业开拓市场（区商务局牵头，区市场监管局、区税务局配合）。',
  '二、促消费',
  '1.打造特色商圈。推进步行街改造提升（牵头单位：区文旅局；责任单位：区商务局、区住建委；完成时限：2025年9月底前）。',
  '2.办好促消费活动。（区商务局牵头，各街道按职责分工负责；每季度）',
  '三、保障措施',
  '（一）加强组织领导。',
  '（二）强化督促检查。',
  '',
].join('\n');

function taskRows(page) {
  return page.$$eval('.pane:has(.pane-header[aria-label*="Tasks"]) .monaco-list-row', (rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      level: Number(r.getAttribute('aria-level')),
    })),
  );
}

export const checks = [
  {
    name: 'a 分工方案: the Tasks view by section and by unit',
    files: [{ name: NAME, text: PLAN }],
    async run(page) {
      await openFile(page, NAME);
      await runCommand(page, 'Work Plan: Focus on Tasks View');
      const rows = await until(
        () => taskRows(page),
        (r) => r.some((x) => x.label === '推进外贸稳规模') && r.some((x) => x.label === '办好促消费活动'),
      );
      await screenshot(page, 'tasks-by-section.png');
      const first = rows.find((r) => r.label === '推进外贸稳规模');
      if (!(first.level === 2)) throw new Error(`the task is not under its section: ${JSON.stringify(rows.slice(0, 4))}`);
      await runCommand(page, 'Workplan: Group tasks by unit');
      const units = await until(
        () => taskRows(page),
        (r) => r.some((x) => x.label === '区商务局' && x.level === 1),
      );
      await screenshot(page, 'tasks-by-unit.png');
      if (units[0].label !== '区商务局') throw new Error(`the unit that leads most comes first: ${JSON.stringify(units.slice(0, 3))}`);
      await runCommand(page, 'Workplan: Group tasks by section');
    },
  },
];
