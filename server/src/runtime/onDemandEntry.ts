/**
 * The core parts the server needs only on request — next year's draft, the comparison of two
 * plans, formatting. The server bundle loads them from dist/server-on-demand.js on first use
 * (onDemand.ts); everything else imports them from here directly.
 */
export { compareTargets, comparePlanTexts, formatChange, planTargets, rowStatusText } from '../core/services/compare';
export { draftNextYear, draftNextYearFromText, findDraftMarks, placeholderLabel } from '../core/services/nextYear';
export { formatEdits } from '../core/services/format';
