// node:module's createRequire, for tpy's ES modules (tsc's dist/, the tests). The bundle
// (scripts/bundle.mjs) replaces this module with node_require_bundled.ts, which loads
// node:module at the first call instead.

export { createRequire } from 'node:module';
