/** `numbering-start`: the first item of a list is not 1 (一、 / （一） / 1.). */
import type { DocumentModel } from '../model/model';
import { siblingLists, type SiblingList } from '../model/lists';
import type { Rule } from '../types';
import { markerFor, renumberFix } from '../facts/numberingFixes';
import { numberingIssues } from '../facts/numberingIssues';
import { namesReport, pageOpening } from '../model/lineForms';

export const numberingStart: Rule = {
  id: 'numbering-start',
  defaultSeverity: 'warning',
  description: 'rule.numbering-start',
  tags: ['numbering'],
  locality: 'structure',
  check({ text, model }, report) {
    for (const list of siblingLists(model).lists) {
      for (const issue of numberingIssues(text, list)) {
        if (issue.kind !== 'start') continue;
        if (beginsInside(text, model, list)) continue;
        const h = issue.heading;
        // The 序号 cells of a table that lists some rows of a longer list (`80 |`, `3`, `68`: a bureau's tasks of the
        // report's numbered list) keep that list's numbers. (A first row numbered 2 still reads as a row 1 lost.)
        if (h.cell && h.value >= 3) continue;
        // A list with no parent that starts past 1 is often an excerpt (a page that begins inside
        // a section): renumbering is a quick fix to choose, never part of Fix All.
        const found = renumberFix(model, list);
        const fix = found && !list.parent ? { ...found, safe: false } : found;
        report({
          start: h.start,
          end: h.markerEnd,
          message: { key: 'numbering.start', args: [markerFor(h, issue.expected), h.marker] },
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};

/**
 * A copy that begins inside a section (page 2 of a repost, a document site's excerpt): its first
 * heading stands at the start of the text, with no title or opening before it (at most a short
 * label: `施政報告` then `6.`), and has no parent below the top level or a number past 1
 * (`（十二）农业面源…`, `5.城市空气质量…`, `（五）` before the first `三、`). The lists without a
 * parent that start past 1 from there on, until a top-level item numbered 1, are the rest of the
 * section the copy began in, not a fault. A document with a title or opening before its first
 * heading is still read as whole (`二、` as its first part is reported, and so are the parts left
 * after a deleted `一、` line), and so is any list with a parent (`（二）` first under `一、`). But a first
 * `（N）` past 1 under only a page's chrome and title lines (pageOpening) is page 2 of a paginated copy.
 */
function beginsInside(text: string, model: DocumentModel, list: SiblingList): boolean {
  if (list.parent) return false;
  const first = list.items[0];
  const head = model.headings.find((h) => h.context === first.context);
  if (!head || head.parent || (head.depth === 1 && head.value === 1)) return false;
  const before = text.slice(0, head.start).trim();
  // Page 2 of a paginated copy (test/corpus 642: `导航菜单`, the title, a watermark, then `（六）`, form 517): a
  // sub-level item past 1 with only the page's chrome and title above it.
  const page =
    head === model.headings[0] &&
    head.value >= 2 &&
    (head.family === 'cn-paren' || (head.family === 'cn' && reportPlanPart(before, head.title))) &&
    pageOpening(before);
  if ((/[\r\n]/.test(before) || before.length > 8) && !page) return false;
  return !model.headings.some(
    (h) => h.start > head.start && h.start < first.start && h.context === first.context && !h.parent && h.depth === 1 && h.value === 1,
  );
}

/** A part of a report that plans its year (`2025年主要目标和重点工作`, `今年工作安排`), which a report's review part comes before. */
const PLAN_PART = /(?:[0-9０-９]{4}年|今年|明年).{0,10}(?:主要目标|重点工作|工作安排|目标任务|主要任务|工作任务)|^(?:工作安排|目标任务)/;

/**
 * Page 2 of a paginated copy of a 政府工作报告 (674, blind form 661: `导航菜单`, the report's name and date, then
 * `二、2025年主要目标和重点工作`): the page's title names a report and the first part read plans the year, so part 一 (the
 * review) is on page 1. A notice's or a plan's first `二、` (no report named, or a part that plans nothing) is still reported.
 */
function reportPlanPart(before: string, title: string): boolean {
  return namesReport(before) && PLAN_PART.test(title);
}
