// A chevrotain lookahead strategy that builds each lookahead function on its first use, and
// builds the multi-token ones as first-token tables.
//
// chevrotain's own strategy builds the lookahead function of every OR / OPTION / MANY in
// the grammar when the parser is constructed: over half of that construction, which every
// run of tpy pays before it can compile even `pass`. A program uses a fraction of the
// grammar, so building on first use moves most of that work off start-up. Once built, a
// function replaces its lazy wrapper in the parser's lookahead cache, so later calls go
// straight to it.
//
// Where some lookahead path is longer than one token, chevrotain's function tries every path
// of every alternative in order (an expression statement's OR tests the ~30 tokens that may
// start an expression before it reaches `return`). The functions built here first look up the
// paths whose first token type matches the next token (a list per token type, made when that
// token type is first seen there) and try only those, in the same order: the same answer.
// ORs with GATEs keep chevrotain's function (its GATEs are called in alternative order).

import { chevrotain } from './chevrotain_runtime.js';

type Strategy = InstanceType<typeof chevrotain.LLkLookaheadStrategy>;
type AlternationOptions = Parameters<Strategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<Strategy['buildLookaheadForOptional']>[0];
type AltsLookahead = ReturnType<Strategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<Strategy['buildLookaheadForOptional']>;

/** What a lookahead function reads of the parser (chevrotain's internals). */
interface ParserInternals {
  LA_FAST(howMuch: number): { tokenTypeIdx: number };
  lookAheadFuncsCache: Map<number, unknown>;
}

/** A token type as chevrotain's matcher reads it. */
interface MatchedType {
  tokenTypeIdx: number;
  isParent?: boolean;
  categoryMatchesMap?: Record<number, boolean>;
}

/** chevrotain's tokenStructuredMatcher, on a token type index. */
function matches(type: MatchedType, idx: number): boolean {
  return type.tokenTypeIdx === idx || (type.isParent === true && type.categoryMatchesMap![idx] === true);
}

/** Do the tokens after the next one match `path` from its second token on? */
function restMatches(parser: ParserInternals, path: readonly MatchedType[]): boolean {
  for (let i = 1; i < path.length; i++) {
    const type = path[i]!;
    const idx = parser.LA_FAST(i + 1).tokenTypeIdx;
    if (idx !== type.tokenTypeIdx && !(type.isParent === true && type.categoryMatchesMap![idx] === true)) return false;
  }
  return true;
}

/** Replaces `wrapper` by `built` in the parser's lookahead cache. */
function replaceInCache(parser: ParserInternals, wrapper: unknown, built: unknown): void {
  for (const [key, f] of parser.lookAheadFuncsCache) {
    if (f === wrapper) {
      parser.lookAheadFuncsCache.set(key, built);
      return;
    }
  }
}

const longerThanOne = (paths: readonly (readonly unknown[])[]): boolean => paths.some((p) => p.length !== 1);

/** An OR's lookahead: the index of the first alternative with a path matching the next tokens. */
function alternationByFirstToken(alts: readonly (readonly (readonly MatchedType[])[])[]): (this: ParserInternals) => number | undefined {
  const entries: { alt: number; path: readonly MatchedType[] }[] = [];
  alts.forEach((paths, alt) => paths.forEach((path) => entries.push({ alt, path })));
  const byFirst: (typeof entries | undefined)[] = [];
  return function (this: ParserInternals) {
    const idx = this.LA_FAST(1).tokenTypeIdx;
    const candidates = (byFirst[idx] ??= entries.filter((e) => e.path.length === 0 || matches(e.path[0]!, idx)));
    for (let i = 0; i < candidates.length; i++) {
      const e = candidates[i]!;
      if (restMatches(this, e.path)) return e.alt;
    }
    return undefined;
  };
}

/** An OPTION's or a MANY's lookahead: whether a path of its body matches the next tokens. */
function optionalByFirstToken(paths: readonly (readonly MatchedType[])[]): (this: ParserInternals) => boolean {
  const byFirst: ((readonly MatchedType[])[] | undefined)[] = [];
  return function (this: ParserInternals) {
    const idx = this.LA_FAST(1).tokenTypeIdx;
    const candidates = (byFirst[idx] ??= paths.filter((p) => p.length === 0 || matches(p[0]!, idx)));
    for (let i = 0; i < candidates.length; i++) if (restMatches(this, candidates[i]!)) return true;
    return false;
  };
}

export class LazyLookaheadStrategy extends chevrotain.LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): AltsLookahead {
    const build = (): AltsLookahead => {
      if (options.hasPredicates || options.dynamicTokensEnabled) return super.buildLookaheadForAlternation(options);
      const alts = chevrotain.getLookaheadPaths({
        occurrence: options.prodOccurrence, rule: options.rule, prodType: 'Alternation', maxLookahead: options.maxLookahead,
      }) as unknown as MatchedType[][][];
      // One-token lookaheads are a table lookup in chevrotain's function already.
      if (!alts.some(longerThanOne)) return super.buildLookaheadForAlternation(options);
      return alternationByFirstToken(alts) as unknown as AltsLookahead;
    };
    // chevrotain calls it as laFunc.call(parser, alts).
    let built: AltsLookahead | undefined;
    const wrapper = function (this: ParserInternals, alts: Parameters<AltsLookahead>[0]) {
      built ??= build();
      replaceInCache(this, wrapper, built);
      return built.call(this, alts);
    };
    return wrapper as AltsLookahead;
  }

  override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    const build = (): OptionalLookahead => {
      if (options.dynamicTokensEnabled) return super.buildLookaheadForOptional(options);
      const paths = (chevrotain.getLookaheadPaths({
        occurrence: options.prodOccurrence, rule: options.rule, prodType: options.prodType, maxLookahead: options.maxLookahead,
      }) as unknown as MatchedType[][][])[0]!;
      if (!longerThanOne(paths)) return super.buildLookaheadForOptional(options);
      return optionalByFirstToken(paths) as unknown as OptionalLookahead;
    };
    // chevrotain calls it as lookAheadFunc.call(parser).
    let built: OptionalLookahead | undefined;
    const wrapper = function (this: ParserInternals) {
      built ??= build();
      replaceInCache(this, wrapper, built);
      return built.call(this);
    };
    return wrapper as OptionalLookahead;
  }
}
