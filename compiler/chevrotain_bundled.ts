// chevrotain_runtime.ts for the bundled build: the bundler resolves 'chevrotain' to the
// package's single-file build and inlines it, so start-up loads no separate module.
//
// Only what tpy uses, by name: a namespace import (`import * as`) made the bundle build an
// object with a getter for each of chevrotain's exports and keep every one of them (the
// syntax diagrams, the CST and its visitors, the .d.ts generator), all of it in the start-up
// snapshot.

import { createToken, createTokenInstance, EmbeddedActionsParser, EOF, getLookaheadPaths, Lexer, LLkLookaheadStrategy } from 'chevrotain';

export const chevrotain = {
  createToken, createTokenInstance, EmbeddedActionsParser, EOF, getLookaheadPaths, Lexer, LLkLookaheadStrategy,
} as typeof import('chevrotain');
