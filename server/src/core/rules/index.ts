/**
 * Every rule, in one list. Add a rule: write `rules/<id>.ts` exporting a `Rule`, import it here,
 * add its messages to `messages.ts` and an example to the README.
 */
import type { Rule } from '../types';
import { numberingGap } from './numbering-gap';
import { numberingDuplicate } from './numbering-duplicate';
import { numberingOrder } from './numbering-order';
import { numberingStart } from './numbering-start';
import { numberingLonely } from './numbering-lonely';
import { numberingStyleMixed } from './numbering-style-mixed';
import { levelInversion } from './level-inversion';
import { numberingContinuityMixed } from './numbering-continuity-mixed';
import { enumerationGap } from './enumeration-gap';
import { enumerationStyleMixed } from './enumeration-style-mixed';
import { markerPunctuation } from './marker-punctuation';
import { duplicatePassage } from './duplicate-passage';
import { duplicateHeading } from './duplicate-heading';
import { repeatedWord } from './repeated-word';
import { pasteArtifact } from './paste-artifact';
import { crossFileDuplicate } from './cross-file-duplicate';
import { targetSum } from './target-sum';
import { rangeMark } from './range-mark';
import { targetConflict } from './target-conflict';
import { targetYear } from './target-year';
import { approxRedundant } from './approx-redundant';
import { percentVsPoints } from './percent-vs-points';
import { targetPlaceholder } from './target-placeholder';
import { reviewNeeded } from './review-needed';
import { taskNoLead } from './task-no-lead';
import { taskDeadlineRange } from './task-deadline-range';
import { unitNameVariants } from './unit-name-variants';
import { taskLeadAndResponsible } from './task-lead-and-responsible';
import { countMismatch } from './count-mismatch';
import { unbalancedPair } from './unbalanced-pair';
import { attachmentReference } from './attachment-reference';
import { documentNumber } from './document-number';
import { dateFormat } from './date-format';
import { quoteStyle } from './quote-style';
import { mixedWidth } from './mixed-width';

export const RULES: readonly Rule[] = [
  // numbering and structure
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingStart,
  numberingLonely,
  numberingStyleMixed,
  levelInversion,
  numberingContinuityMixed,
  enumerationGap,
  enumerationStyleMixed,
  markerPunctuation,
  // duplicates and paste hygiene
  duplicatePassage,
  duplicateHeading,
  repeatedWord,
  pasteArtifact,
  crossFileDuplicate,
  // targets
  targetSum,
  rangeMark,
  targetConflict,
  targetYear,
  approxRedundant,
  percentVsPoints,
  // next-year drafts
  targetPlaceholder,
  reviewNeeded,
  // task division
  taskNoLead,
  taskDeadlineRange,
  unitNameVariants,
  taskLeadAndResponsible,
  // 公文 consistency: counts, paired marks, attachments, 文号 and dates, widths
  countMismatch,
  unbalancedPair,
  attachmentReference,
  documentNumber,
  dateFormat,
  quoteStyle,
  mixedWidth,
];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
