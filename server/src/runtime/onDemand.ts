/**
 * Loads onDemandEntry.ts on first use. In the server bundle (built with WORKPLAN_SPLIT = true)
 * it is a bundle of its own, dist/server-on-demand.js beside dist/server.js: the server bundle
 * stays small and starts faster, and the first draft, comparison or formatting request pays a
 * few milliseconds to load it. Elsewhere (tests, the CLI) it is an ordinary import.
 */
import * as path from 'node:path';
import type * as OnDemand from './onDemandEntry';

/** Set by the build (scripts/build.mjs, bench/run.mjs); esbuild drops the branch not taken. */
declare const WORKPLAN_SPLIT: boolean;

let loaded: typeof OnDemand | undefined;

export function onDemand(): typeof OnDemand {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle chosen at run time (or, unbundled, this module's own import)
    loaded = (WORKPLAN_SPLIT ? require(path.join(__dirname, 'server-on-demand.js')) : require('./onDemandEntry')) as typeof OnDemand;
  }
  return loaded;
}
