/**
 * The open documents, and the one admission gate: whether a version may be analysed at all
 * (core/text/admission.ts), decided once per version and read by validation, the analysis cache
 * and every request.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { admission, type Refusal } from '../core/text/admission';

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  private readonly verdicts = new Map<string, { readonly version: number; readonly refusal: Refusal | undefined }>();

  open(uri: string, languageId: string, version: number, text: string): void {
    this.docs.set(uri, TextDocument.create(uri, languageId, version, text));
  }

  /** Applies an incremental change; false when the document is not open. */
  change(uri: string, changes: TextDocumentContentChangeEvent[], version: number): boolean {
    const doc = this.docs.get(uri);
    if (!doc) return false;
    this.docs.set(uri, TextDocument.update(doc, changes, version));
    return true;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.verdicts.delete(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): ReadonlyMap<string, TextDocument> {
    return this.docs;
  }

  /** Why the current version is not analysed (undefined: it is, or the document is not open). */
  refusal(uri: string): Refusal | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const known = this.verdicts.get(uri);
    if (known && known.version === doc.version) return known.refusal;
    const refusal = admission(doc.getText());
    this.verdicts.set(uri, { version: doc.version, refusal });
    return refusal;
  }
}
