/**
 * `quote-style` (hint): ASCII quotes around Chinese text, `"三个重点"` → `“三个重点”` (GB/T 15834);
 * the formatter converts them too (core/facts/quotes.ts finds the pairs for both).
 */
import { markupMask } from '../facts/masks';
import { CHINESE_QUOTES, asciiQuotePairs } from '../facts/quotes';
import type { Rule } from '../types';

export const quoteStyle: Rule = {
  id: 'quote-style',
  defaultSeverity: 'hint',
  description: 'rule.quote-style',
  tags: ['consistency', 'punctuation'],
  // ASCII quotes pair within a line; up to 9 characters after one are read (the next line's start).
  quiet: { unless: /["']/, reach: 9, reachEnd: 0 },
  check({ text, model }, report) {
    if (text.indexOf('"') < 0 && text.indexOf("'") < 0) return;
    for (const p of asciiQuotePairs(text, model.lines, markupMask(text))) {
      const [open, close] = CHINESE_QUOTES[p.mark];
      const fixed = open + text.slice(p.open + 1, p.close) + close;
      report({
        start: p.open,
        end: p.close + 1,
        message: { key: 'quote.ascii', args: [open + close, p.mark + p.mark] },
        fixes: [
          {
            title: { key: 'fix.replaceWith', args: [fixed.length > 24 ? `${open}…${close}` : fixed] },
            edits: [
              { start: p.open, end: p.open + 1, newText: open },
              { start: p.close, end: p.close + 1, newText: close },
            ],
            safe: true,
          },
        ],
      });
    }
  },
};
