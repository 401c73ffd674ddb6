// The chevrotain runtime every compiler module takes its values from (token types and the
// parser must come from one copy); types may still be imported from 'chevrotain'.
//
// Loaded from chevrotain's single-file build: that takes about a tenth of the time of the
// package entry, which pulls in some 600 lodash-es modules (over a second of start-up on a
// busy machine). The bundled build (scripts/bundle.mjs) replaces this module with
// chevrotain_bundled.ts, which imports the same single-file build statically.

async function loadChevrotain(): Promise<typeof import('chevrotain')> {
  try {
    return (await import(new URL('../chevrotain.mjs', import.meta.resolve('chevrotain')).href)) as typeof import('chevrotain');
  } catch {
    return import('chevrotain');
  }
}

export const chevrotain = await loadChevrotain();
