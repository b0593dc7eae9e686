/**
 * `unbalanced-pair`: 《》 “” ‘’ （） 【】 〔〕 that do not close within their paragraph, or close
 * without opening (core/facts/pairs.ts). A fix only where the closing place is certain: a 《 whose
 * clause names a document and ends (`学习《…的意见，` → `学习《…的意见》，`).
 */
import { CLOSER, OPENER, lonePairs, titleClosingAt } from '../facts/pairs';
import type { Fix, Rule } from '../types';

export const unbalancedPair: Rule = {
  id: 'unbalanced-pair',
  defaultSeverity: 'warning',
  description: 'rule.unbalanced-pair',
  tags: ['consistency', 'punctuation'],
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
