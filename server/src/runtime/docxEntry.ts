/**
 * Word import and export (the docx library, fflate, saxes): a bundle of its own,
 * dist/docx.js, loaded by the server and the CLI on the first .docx (docxOnDemand.ts).
 */
export { importDocx, docxErrorMessage, DocxError, type DocxImport } from '../core/docx/import';
export { exportDocx, type ExportOptions } from '../core/docx/export';
