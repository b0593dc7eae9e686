/**
 * The pure text helpers the client runs itself, re-exported from the core so that the client
 * imports only this folder: work-plan detection (switching the language mode), 字数 (the
 * status bar's count of a selection, counted as the server counts the document) and the
 * misdecoding check (the reopen-as-GB18030 prompt).
 */
export { HEAD_CHARS, detectWorkPlan, type Detection } from '../core/text/planDetection';
export { countCharacters } from '../core/text/stats';
export { misdecoded } from '../core/text/admission';
export { fillTemplate, type TemplateLanguage } from '../core/text/template';
export { findDraftMarks, type DraftMark } from '../core/facts/draftMarks';
