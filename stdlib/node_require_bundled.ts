// node_require.ts in the bundle: node:module loaded at the first createRequire (the library
// folder's packages, tsc's ES modules), not when the bundle is evaluated. The start-up snapshot
// then carries neither node:module nor what node loads to warn, at snapshot build, that it has
// not verified node:module there (the stderr stream, util's colours): 0.23 MB of the blob.

declare const require: NodeJS.Require;

export function createRequire(path: string | URL): NodeJS.Require {
  return (require('node:module') as typeof import('node:module')).createRequire(path);
}
