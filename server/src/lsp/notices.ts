/**
 * Notices about a document (binary, too large, misdecoded, findings capped, analysis stopped): each sent once per
 * document and reason, not on every validation (a toast per keystroke), until the document is
 * closed or the reason goes away and comes back.
 */
export type NoticeReason = 'binary' | 'tooLarge' | 'encoding' | 'tooManyFindings' | 'analysisTimeout';

export class Notices {
  private readonly sent = new Map<string, Set<NoticeReason>>();

  constructor(private readonly send: (uri: string, message: string, reason: NoticeReason) => void) {}

  /** Sends `message()` unless this document already had a notice for `reason`. */
  once(uri: string, reason: NoticeReason, message: () => string): void {
    let reasons = this.sent.get(uri);
    if (!reasons) this.sent.set(uri, (reasons = new Set()));
    if (reasons.has(reason)) return;
    reasons.add(reason);
    this.send(uri, message(), reason);
  }

  /** The reason no longer holds (the document was fixed): a later recurrence is news again. */
  clear(uri: string, reason: NoticeReason): void {
    this.sent.get(uri)?.delete(reason);
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
