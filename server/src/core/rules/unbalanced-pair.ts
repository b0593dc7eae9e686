/**
 * `unbalanced-pair`: 《》 “” ‘’ （） 【】 〔〕 that do not close within their paragraph, or close
 * without opening (core/facts/pairs.ts). A fix only where the closing place is certain: a 《 whose
 * clause names a document and ends (`学习《…的意见，` → `学习《…的意见》，`).
 */
import { CLOSER, OPENER, lonePairs, lostOpening, titleClosingAt } from '../facts/pairs';
import { formatMarker } from '../model/markers';
import type { Fix, Rule } from '../types';

export const unbalancedPair: Rule = {
  id: 'unbalanced-pair',
  defaultSeverity: 'warning',
  description: 'rule.unbalanced-pair',
  tags: ['consistency', 'punctuation'],
  // Of a line, the scan reads the marks, up to 5 characters before a closing bracket, the letters
  // next to a mark, markup around them (masks.ts), its first and last character and its length,
  // all of it after a line that opens with a quote (a quotation of several paragraphs), and the
  // start of a font-size widget line (字体：); a line with a tag may hold a mark the tag's length masks.
  quiet: { unless: /^[\s\u3000\u00a0\ufeff]*[“‘]|字体|字号|[<>]/, near: [[/[《》“”‘’（）()【】〔〕\x21-\x7e]/, 6]], reach: 8 },
  check({ text, model }, report) {
    for (const m of lonePairs(model)) {
      const fixes: Fix[] = [];
      if (m.opening && m.kind === 'title') {
        const at = titleClosingAt(text, m.at, model.lines[m.line].end);
        if (at !== undefined)
          fixes.push({
            title: { key: 'fix.insertMark', args: [text.slice(m.at, at), '》'] },
            edits: [{ start: at, end: at, newText: '》' }],
            safe: true,
          });
      }
      // `)抓好…` (form 640): the marker of an item that lost its opening; the marker it stands for can be written back, a
      // reading of the structure to choose, never part of Fix All.
      const item = m.opening ? undefined : model.headings.find((h) => h.start === m.at && lostOpening(h));
      if (item) {
        const wanted = formatMarker(item.family, item.variant, item.value);
        fixes.push({
          title: { key: 'fix.normaliseMarker', args: [wanted] },
          edits: [{ start: item.start, end: item.markerEnd, newText: wanted }],
          safe: false,
        });
      }
      report({
        start: m.at,
        end: m.at + 1,
        message: m.opening
          ? { key: 'pair.unclosed', args: [m.mark, CLOSER[m.kind]] }
          : { key: 'pair.unopened', args: [m.mark, OPENER[m.kind]] },
        fixes,
      });
    }
  },
};
