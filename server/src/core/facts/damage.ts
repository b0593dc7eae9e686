/**
 * Lines whose text was damaged on the way in (characters lost as `?`, pinyin glued on, page
 * chrome): `paste-artifact` reports those; the consistency checks do not read them as prose, since
 * a lost character there is often the very mark or digit they would miss.
 */
import type { DocumentModel } from '../model/model';
import { classifyChrome, findPasteArtifacts } from './paste';

const cache = new WeakMap<DocumentModel, Uint8Array>();

/** Per line: 1 when it is page chrome or holds a paste artefact. */
export function damagedLines(model: DocumentModel): Uint8Array {
  let hit = cache.get(model);
  if (hit) return hit;
  const { text, lines } = model;
  hit = new Uint8Array(lines.length);
  const chrome = classifyChrome(text, lines);
  for (let i = 0; i < lines.length; i++) if (chrome[i]) hit[i] = 1;
  for (const a of findPasteArtifacts(text, lines)) hit.fill(1, a.firstLine, a.lastLine + 1);
  cache.set(model, hit);
  return hit;
}

/** Per line: 1 when it is page chrome (cheap; cached by the paste module). */
export function chromeLines(model: DocumentModel): Uint8Array {
  return classifyChrome(model.text, model.lines);
}
