/** The snippet files (snippets/*.json) read from disk on the first completion, not bundled (the server bundle stays small). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { snippetsFromJson, type SnippetDef } from '../core/services/completion';

let snippets: SnippetDef[] | undefined;

/**
 * Snippet definitions, parsed once from snippets/workplan.json and its section map
 * snippets/context.json, found in the first folder up from the bundle that has them (dist/.. in
 * the extension and a checkout). The server is the only source of snippets in VS Code too (the
 * extension does not contribute the file as well), so every snippet appears once, ranked by the
 * section at the cursor. Without the files, markers and run-in items still complete.
 */
export function loadSnippets(): SnippetDef[] {
  if (snippets) return snippets;
  snippets = [];
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'snippets', 'workplan.json');
    if (!fs.existsSync(file)) continue;
    try {
      snippets = snippetsFromJson(
        JSON.parse(fs.readFileSync(file, 'utf8')),
        JSON.parse(fs.readFileSync(path.join(dir, 'snippets', 'context.json'), 'utf8')),
      );
    } catch (e) {
      console.error(`snippets: ${file}: ${e instanceof Error ? e.message : e}`);
    }
    break;
  }
  return snippets;
}
