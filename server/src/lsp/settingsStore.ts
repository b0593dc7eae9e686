/**
 * Settings per document: the nearest `.workplanrc.json` (looked up as the CLI does, stopping at
 * a workspace folder) under the client's `workplan.*` settings, asked for once per document and
 * cached until the configuration or a config file changes.
 */
import type { Connection } from 'vscode-languageserver';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, mergeSettings, type WorkplanSettings } from '../shared/settings';
import { findConfig } from '../io/files';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<WorkplanSettings>>();
  /** Whether the client answers `workspace/configuration`. */
  hasConfiguration = false;
  /** Workspace folders (file system paths): the config search stops there. */
  workspaceFolders: readonly string[] = [];

  constructor(private readonly connection: Connection) {}

  settingsFor(uri: string): Promise<WorkplanSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.load(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  private async load(uri: string): Promise<WorkplanSettings> {
    const config = uri.startsWith('file:') ? findConfig(path.dirname(fileURLToPath(uri)), this.workspaceFolders)?.value : undefined;
    let s = mergeSettings(DEFAULT_SETTINGS, config);
    if (this.hasConfiguration) {
      try {
        s = mergeSettings(s, await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'workplan' }));
      } catch {
        // a client that fails the request keeps the file's settings
      }
    }
    return s;
  }
}
