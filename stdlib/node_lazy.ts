// Node modules that tpy loads at their first use instead of at start-up: the start-up
// snapshot (bin/snapshot.ts) evaluates every tpy module, and node does not vouch for the
// state of some of its own modules in a snapshot (child_process, tty: it warns when the
// snapshot is built). The CommonJS bundles have their own require; tsc's ES modules make one.

import { createRequire } from './node_require.js';

declare const require: NodeJS.Require | undefined;

const loaded = new Map<string, unknown>();

/** The node module `name` (`node:child_process`...), loaded once, at the first call. */
export function nodeModule<T>(name: string): T {
  let m = loaded.get(name);
  if (m === undefined) {
    const load = typeof require === 'function' ? require : createRequire(import.meta.url);
    m = load(name);
    loaded.set(name, m);
  }
  return m as T;
}

// The node modules only some programs need (hashes and system randomness, zlib, sockets): each
// one loaded into the snapshot adds its code and objects, with those of the node modules it
// loads (streams), to every run's start-up and memory.

/** node:crypto, at its first use. */
export const nodeCrypto = (): typeof import('node:crypto') => nodeModule('node:crypto');
/** node:zlib, at its first use. */
export const nodeZlib = (): typeof import('node:zlib') => nodeModule('node:zlib');
/** node:net, at its first use. */
export const nodeNet = (): typeof import('node:net') => nodeModule('node:net');
/** node:dns, at its first use. */
export const nodeDns = (): typeof import('node:dns') => nodeModule('node:dns');
