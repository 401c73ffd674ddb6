// A chevrotain lookahead strategy that builds each lookahead function on its first use.
//
// chevrotain's own strategy builds the lookahead function of every OR / OPTION / MANY in
// the grammar when the parser is constructed: over half of that construction, which every
// run of tpy pays before it can compile even `pass`. A program uses a fraction of the
// grammar, so building on first use moves most of that work off start-up; the functions
// built are the very same ones.

import { chevrotain } from './chevrotain_runtime.js';

type Strategy = InstanceType<typeof chevrotain.LLkLookaheadStrategy>;
type AlternationOptions = Parameters<Strategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<Strategy['buildLookaheadForOptional']>[0];
type AltsLookahead = ReturnType<Strategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<Strategy['buildLookaheadForOptional']>;

export class LazyLookaheadStrategy extends chevrotain.LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): AltsLookahead {
    let built: AltsLookahead | undefined;
    const build = (): AltsLookahead => super.buildLookaheadForAlternation(options);
    // chevrotain calls it as laFunc.call(parser, alts).
    return function (this: unknown, alts) {
      built ??= build();
      return built.call(this, alts);
    };
  }

  override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    let built: OptionalLookahead | undefined;
    const build = (): OptionalLookahead => super.buildLookaheadForOptional(options);
    // chevrotain calls it as lookAheadFunc.call(parser).
    return function (this: unknown) {
      built ??= build();
      return built.call(this);
    };
  }
}
