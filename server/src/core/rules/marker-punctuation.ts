/**
 * `marker-punctuation`: the punctuation after a marker (GB/T 15834 appendix B).
 * Profile `common` flags clear errors only (`一.`, `（一）、`, `第一、`, `(一）`, `1﹒`); `gbt` also wants
 * `1.` instead of `1、`/`1．` and full-width brackets. A marker that lost its numeral (`、重点工作`) gets the one its place
 * says, as a fix outside Fix All.
 */
import { formatMarker } from '../model/markers';
import type { Heading } from '../model/model';
import type { FindingInit, MessageKeyOf, Rule } from '../types';

/** The marker `h` written as `wanted`; `safe: false` keeps the fix out of Fix All (a reading to choose). */
function finding(h: Heading, wanted: string, key: MessageKeyOf, safe = true): FindingInit {
  return {
    start: h.start,
    end: h.markerEnd,
    message: { key, args: [h.marker, wanted] },
    fixes: [
      { title: { key: 'fix.normaliseMarker', args: [wanted] }, edits: [{ start: h.start, end: h.markerEnd, newText: wanted }], safe },
    ],
  };
}

export const markerPunctuation: Rule = {
  id: 'marker-punctuation',
  defaultSeverity: 'warning',
  description: 'rule.marker-punctuation',
  tags: ['numbering', 'punctuation'],
  locality: 'structure',
  check({ text, model, options }, report) {
    const gbt = options.profile === 'gbt';
    for (const h of model.headings) {
      if (text.slice(h.start, h.markerEnd) !== h.marker) continue; // broken markers: renumbering only
      const v = h.variant;
      if (h.marker === '、') {
        // `、重点工作` (form 700): the numeral the copy lost, read from the structure (parse.ts lostNumeral); writing it back is
        // a reading to choose, never part of Fix All.
        report(finding(h, formatMarker(h.family, v, h.value), 'markerPunctuation.lostNumeral', false));
        continue;
      }
      // (A group row's numeral cell of a table, `一` alone in its 序号 cell, takes no mark: a cell, not a line.)
      if (h.family === 'cn' && v !== '、' && !(h.cell && v === ''))
        report(finding(h, formatMarker('cn', '、', h.value), 'markerPunctuation.cnDot'));
      else if ((h.family === 'cn-paren' || h.family === 'ar-paren') && v.length > 2) {
        // A mixed pair (`(一）、`) is normalised too, or the fix would leave a finding behind.
        const pair = v.slice(0, 2);
        report(
          finding(
            h,
            formatMarker(h.family, gbt || pair === '(）' || pair === '（)' ? '（）' : pair, h.value),
            'markerPunctuation.parenExtra',
          ),
        );
      } else if ((h.family === 'cn-paren' || h.family === 'ar-paren') && (v === '(）' || v === '（)' || (gbt && v === '()'))) {
        report(finding(h, formatMarker(h.family, '（）', h.value), 'markerPunctuation.halfWidth'));
      } else if (h.family === 'ar' && (gbt ? v !== '.' : v === '﹒'))
        // (A small full stop, `1﹒`, is never a marker's: a clear error in either profile.)
        report(finding(h, formatMarker('ar', '.', h.value), 'markerPunctuation.arabicDun'));
    }
    for (const e of model.enumerations) {
      if (e.family === 'ordinal' && e.marker.endsWith('、')) {
        const wanted = e.marker.slice(0, -1) + '，';
        report({
          start: e.start,
          end: e.markerEnd,
          message: { key: 'markerPunctuation.ordinal', args: [e.marker, wanted] },
          fixes: [
            {
              title: { key: 'fix.normaliseMarker', args: [wanted] },
              edits: [{ start: e.markerEnd - 1, end: e.markerEnd, newText: '，' }],
              safe: true,
            },
          ],
        });
      }
    }
  },
};
