/**
 * `duplicate-passage`: a paragraph or a whole section pasted twice (seed 004 holds its document
 * twice). One finding per repeated passage, pointing at the first copy, with a fix that deletes
 * the repeated copy.
 */
import { duplicateInfo } from '../facts/duplicates';
import type { Rule } from '../types';
import type { Line } from '../model/model';

const PARAGRAPH_END = /[。！？；：!?;:”’）)》】]$/;

/** True when lines `first..last` begin after a paragraph end and end one. */
function wholeParagraphs(text: string, lines: readonly Line[], first: number, last: number): boolean {
  const lineText = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
  if (!PARAGRAPH_END.test(lineText(last))) return false;
  const before = lineText(first - 1);
  return before === '' || PARAGRAPH_END.test(before) || lines[first - 1].end - lines[first - 1].start <= 40;
}

export const duplicatePassage: Rule = {
  id: 'duplicate-passage',
  defaultSeverity: 'warning',
  description: 'rule.duplicate-passage',
  tags: ['duplicates', 'paste'],
  check({ model }, report) {
    const { lines } = model;
    for (const p of duplicateInfo(model).passages) {
      const start = lines[p.firstLine].start;
      const end = lines[p.lastLine].end;
      // Delete the lines with the line break before them: the first copy keeps its own line end,
      // and a copy at the end of the text leaves the text ending as the first copy did.
      const deleteStart = lines[p.firstLine - 1].end;
      const single = p.firstLine === p.lastLine && p.copyFirst === p.copyLast;
      const lineArgs = [p.firstLine + 1, p.lastLine + 1, p.copyFirst + 1, p.copyLast + 1, p.paragraphs];
      report({
        start,
        end,
        message: single
          ? { key: p.near ? 'duplicate.paragraphNear' : 'duplicate.paragraph', args: [p.copyFirst + 1] }
          : { key: p.near ? 'duplicate.passageNear' : 'duplicate.passage', args: lineArgs },
        related: [
          {
            start: lines[p.copyFirst].start,
            end: lines[p.copyLast].end,
            message: { key: 'duplicate.firstCopy', args: [p.copyFirst + 1, p.copyLast + 1] },
          },
        ],
        unnecessary: true,
        fixes: [
          {
            title: { key: 'fix.deleteRepeatedCopy', args: [p.firstLine + 1, p.lastLine + 1] },
            edits: [{ start: deleteStart, end, newText: '' }],
            // A near copy may carry edits of its own, and a fragment shorter than a paragraph (a
            // line a scrape split off a sentence) may be text of its own: never delete without a look.
            safe: !p.near && wholeParagraphs(model.text, lines, p.firstLine, p.lastLine),
          },
        ],
      });
    }
  },
};
