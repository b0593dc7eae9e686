/**
 * The pure text helpers the client runs itself, re-exported from the core so that the client
 * imports only this folder: work-plan detection (switching the language mode) and 字数 (the
 * status bar's count of a selection, counted as the server counts the document).
 */
export { HEAD_CHARS, detectWorkPlan, type Detection } from '../core/text/planDetection';
export { countCharacters } from '../core/text/stats';
export { fillTemplate, type TemplateLanguage } from '../core/text/template';
export { findDraftMarks, type DraftMark } from '../core/facts/draftMarks';
