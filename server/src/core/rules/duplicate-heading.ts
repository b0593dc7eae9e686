/** `duplicate-heading`: two sibling headings (same parent, same numbering context) with the same title. */
import { duplicateInfo } from '../facts/duplicates';
import { lineAt, type DocumentModel, type Heading } from '../model/model';
import { normaliseSpan } from '../model/paragraphs';
import type { Rule } from '../types';

/** Template titles meant to be filled in (`（一）任务名称。`, `××工作`): repeating them is the point. */
const PLACEHOLDER = /×|……|^(?:任务|项目|工作|措施|事项|专项)(?:名称|内容|事项)$/;

/** A line that may be a table cell's wrapped rest: short, with no sentence mark. */
const CELL_REST = /^[^。；！？，、,;:：!?]{1,12}$/;

/**
 * The rest of a table cell whose title was cut at the cell's line break (612: `海绵城市` / `建设管理`,
 * then a blank line and the next cell): the short lines right after the title line, up to a blank
 * line or the end. Empty when the title line is followed by a paragraph, a heading or a blank line.
 */
function cellRest(text: string, model: DocumentModel, h: Heading, headingLines: Set<number>): string {
  const { lines } = model;
  const tl = lineAt(lines, h.titleEnd);
  if (text.slice(h.titleEnd, lines[tl].end).trim() !== '') return '';
  let rest = '';
  for (let i = tl + 1; i <= tl + 3; i++) {
    if (i >= lines.length) return rest;
    const line = text.slice(lines[i].start, lines[i].end).trim();
    if (line === '') return rest;
    if (i === tl + 3 || headingLines.has(i) || !CELL_REST.test(line)) return '';
    rest += line;
  }
  return '';
}

export const duplicateHeading: Rule = {
  id: 'duplicate-heading',
  defaultSeverity: 'warning',
  description: 'rule.duplicate-heading',
  tags: ['duplicates', 'structure'],
  check({ text, model }, report) {
    // A template (`××市××局`) repeats its placeholder titles on purpose.
    if (text.includes('××')) return;
    // Headings inside a repeated passage are reported once, by duplicate-passage.
    // (Marked per line once: a document pasted twice repeats most headings, each of which asked
    // every passage, a cost of headings × passages: 5 ms at 5 MB.)
    const passages = duplicateInfo(model).passages;
    let marked: Uint8Array | undefined;
    const inPassage = (line: number) => {
      if (!marked) {
        marked = new Uint8Array(model.lines.length);
        for (const p of passages) marked.fill(1, p.firstLine, p.lastLine + 1);
      }
      return marked[line] === 1;
    };
    const seen = new Map<string, (typeof model.headings)[number]>();
    const headingLines = new Set(model.headings.map((h) => h.line));
    for (const h of model.headings) {
      // A title cut at a table cell's line break is compared with the cell's rest.
      const title = normaliseSpan(text, h.markerEnd, h.titleEnd).key + cellRest(text, model, h, headingLines);
      if (title.length < 2 || PLACEHOLDER.test(h.title) || PLACEHOLDER.test(title)) continue;
      // A template line (`（一）工作事项。围绕……，推动……`) is also a placeholder.
      if (text.slice(h.titleEnd, model.lines[h.line].end).includes('……')) continue;
      const key = `${h.context}\u0000${h.parent?.index ?? -1}\u0000${title}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, h);
        continue;
      }
      if (inPassage(h.line)) continue;
      report({
        start: h.markerEnd,
        end: h.titleEnd,
        message: { key: 'duplicate.heading', args: [h.title, first.line + 1] },
        related: [
          { start: first.start, end: first.titleEnd, message: { key: 'duplicate.headingFirst', args: [first.marker + first.title] } },
        ],
      });
    }
  },
};
