/**
 * Paste artefacts (paste.ts) as findings with their fixes: the body of the `paste-artifact` rule,
 * also run by the "clean up pasted text" command whatever the rule's severity.
 */
import { findPasteArtifacts, type PasteArtifact } from './paste';
import type { FindingInit } from '../types';
import type { DocumentModel } from '../model/model';

/** The findings of the rule, also used by the "clean up pasted text" command whatever the rule's severity. */
export function pasteArtifactFindings(text: string, model: DocumentModel): FindingInit[] {
  // An HTML body's source lines are not the lines a reader sees; its markup is not pasted chrome.
  if (model.view === 'html') return [];
  return findPasteArtifacts(text, model.lines).map((a) => toFinding(a));
}

function toFinding(a: PasteArtifact): FindingInit {
  const lines = [a.firstLine + 1, a.lastLine + 1] as const;
  switch (a.kind) {
    case 'chrome':
    case 'lostLine':
      return {
        start: a.start,
        end: a.end,
        message: a.kind === 'chrome' ? { key: 'paste.chrome', args: [a.count, a.preview] } : { key: 'paste.lostLine', args: [a.count] },
        unnecessary: true,
        fixes: [
          {
            title: { key: a.firstLine === a.lastLine ? 'fix.deleteLine' : 'fix.deleteLines', args: [...lines] },
            edits: a.edits,
            safe: true,
          },
        ],
      };
    case 'pinyin':
      return {
        start: a.start,
        end: a.end,
        message:
          a.edits.length > a.count
            ? { key: 'paste.pinyinAndLeading', args: [a.count, a.preview] }
            : { key: 'paste.pinyin', args: [a.count, a.preview] },
        // Leading `?` of the same line are removed with the pinyin (see paste.ts).
        fixes: [
          {
            title: a.edits.length > a.count ? { key: 'fix.cleanLine' } : { key: 'fix.removePinyin', args: [a.count] },
            edits: a.edits,
            safe: true,
          },
        ],
      };
    case 'lostLeading':
    case 'statusTag':
      // What stands before a line's words (lost characters, a portal's validity label) goes with them left as they are.
      return {
        start: a.start,
        end: a.end,
        message: { key: a.kind === 'lostLeading' ? 'paste.lostLeading' : 'paste.statusTag', args: [a.preview] },
        unnecessary: true,
        fixes: [{ title: { key: 'fix.removeLeading', args: [a.preview] }, edits: a.edits, safe: true }],
      };
    case 'lost':
      return { start: a.start, end: a.end, message: { key: 'paste.lost', args: [a.preview] } };
  }
}
