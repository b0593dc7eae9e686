/**
 * `paste-artifact`: what copying from a web page leaves behind (see core/facts/paste.ts): page chrome
 * lines, pinyin glued to characters, and `?`/U+FFFD where characters were lost.
 */
import { pasteArtifactFindings } from '../facts/pasteFindings';
import type { Rule } from '../types';

export const pasteArtifact: Rule = {
  id: 'paste-artifact',
  defaultSeverity: 'warning',
  description: 'rule.paste-artifact',
  tags: ['paste'],
  check({ text, model }, report) {
    for (const f of pasteArtifactFindings(text, model)) report(f);
  },
};
