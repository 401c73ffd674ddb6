// The parsed form of a Python pattern, built by the translator next to the JavaScript source,
// and the test that decides which patterns JavaScript's RegExp would run with other results
// than sre (those run on stdlib/re/sre_matcher.ts instead).

/** Zero-width tests on the subject, as sre's AT codes. */
export type AtKind = 'bos' | 'bol' | 'eol' | 'eolm' | 'eos' | 'boundary' | 'nonboundary';

export type Node =
  | { k: 'empty' }
  /** One character; `source` is a JavaScript RegExp (no flags but `v`) matching exactly the characters meant. */
  | { k: 'char'; source: string }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; branches: Node[] }
  | { k: 'group'; index: number; body: Node }
  /** max is Infinity when unbounded. */
  | { k: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { k: 'atomic'; body: Node }
  /** A look-ahead, or a look-behind of `width` characters (sre matches it forward from pos - width). */
  | { k: 'look'; behind: boolean; negate: boolean; width: number; body: Node }
  | { k: 'backref'; group: number; ignoreCase: boolean; asciiCase: boolean }
  | { k: 'cond'; group: number; yes: Node; no: Node }
  | { k: 'at'; at: AtKind; word: string };

export const EMPTY: Node = { k: 'empty' };

/** A sequence, flattened when it has a single item. */
export function seqNode(items: Node[]): Node {
  const kept = items.filter((n) => n.k !== 'empty');
  if (kept.length === 0) return EMPTY;
  return kept.length === 1 ? kept[0] : { k: 'seq', items: kept };
}

/**
 * Whether JavaScript's RegExp and sre can disagree on this pattern, which then needs the sre
 * matcher:
 * - a conditional group;
 * - a back-reference that may meet a group that did not take part (JavaScript matches the empty
 *   string there, sre fails), or that ignores case (sre compares lowercase forms);
 * - a repetition whose body can match the empty string and contains a group, or can match the
 *   empty string before a non-empty way (sre ends the loop after an empty iteration, JavaScript
 *   rejects that iteration);
 * - a capturing group inside a repetition that an iteration may pass without setting (JavaScript
 *   forgets every capture of the body when an iteration starts, sre keeps the last value);
 * - a capturing group inside a look-around (lastindex is the group closed last, which the spans
 *   alone do not tell).
 */
export function needsSre(root: Node): boolean {
  const groups = new Map<number, Node[]>(); // group index -> the path of nodes from the root down to it
  const refs: { path: Node[]; group: number }[] = [];
  let found = false;
  const walk = (n: Node, path: Node[]): void => {
    if (found) return;
    const here = [...path, n];
    switch (n.k) {
      case 'cond':
        found = true;
        return;
      case 'backref':
        if (n.ignoreCase) found = true;
        refs.push({ path: here, group: n.group });
        return;
      case 'group':
        groups.set(n.index, here);
        walk(n.body, here);
        return;
      case 'seq':
        for (const item of n.items) walk(item, here);
        return;
      case 'alt':
        for (const b of n.branches) walk(b, here);
        return;
      case 'repeat':
        if (n.max > n.min && canEmpty(n.body) && (hasGroup(n.body) || !emptyLast(n.body))) found = true;
        else if (n.max > 1 && mayPassAGroup(n.body)) found = true;
        else walk(n.body, here);
        return;
      case 'look':
        // Match.lastindex: a group closed inside a look-ahead may end after a later one.
        if (hasGroup(n.body)) found = true;
        walk(n.body, here);
        return;
      case 'atomic':
        walk(n.body, here);
        return;
      default:
        return;
    }
  };
  walk(root, []);
  if (found) return true;
  for (const ref of refs) {
    const target = groups.get(ref.group);
    if (target === undefined || !surelySet(target, ref.path)) return true;
  }
  return false;
}

/** Whether a group was certainly set where a back-reference (at `refPath`) meets it. */
function surelySet(groupPath: Node[], refPath: Node[]): boolean {
  let common = 0;
  while (common < groupPath.length && common < refPath.length && groupPath[common] === refPath[common]) common++;
  const lca = groupPath[common - 1];
  // In another branch of the same alternation: not set in this pass.
  if (lca === undefined || lca.k !== 'seq') return false;
  for (let i = common; i < groupPath.length - 1; i++) if (optional(groupPath[i])) return false;
  return true;
}

/** A node whose parts may be passed over by a successful match. */
function optional(n: Node): boolean {
  return (n.k === 'alt' && n.branches.length > 1) || (n.k === 'repeat' && n.min === 0) || n.k === 'look' || n.k === 'cond';
}

function hasGroup(n: Node): boolean {
  switch (n.k) {
    case 'group': return true;
    case 'seq': return n.items.some(hasGroup);
    case 'alt': return n.branches.some(hasGroup);
    case 'repeat': case 'atomic': case 'look': return hasGroup(n.body);
    case 'cond': return hasGroup(n.yes) || hasGroup(n.no);
    default: return false;
  }
}

/** Whether one pass over `n` can succeed without setting some group inside it. */
function mayPassAGroup(n: Node): boolean {
  switch (n.k) {
    case 'group': return mayPassAGroup(n.body);
    case 'seq': return n.items.some(mayPassAGroup);
    case 'alt': return n.branches.length > 1 ? hasGroup(n) : n.branches.some(mayPassAGroup);
    case 'repeat': return n.min === 0 ? hasGroup(n.body) : mayPassAGroup(n.body);
    case 'atomic': return mayPassAGroup(n.body);
    case 'look': case 'cond': return hasGroup(n);
    default: return false;
  }
}

/** Conservative: whether every empty way of matching `n` comes after all its non-empty ones. */
function emptyLast(n: Node): boolean {
  switch (n.k) {
    case 'empty': case 'char': case 'at': case 'look': return true;
    case 'group': case 'atomic': return emptyLast(n.body);
    case 'seq': return n.items.every(emptyLast);
    case 'alt': {
      let emptySeen = false;
      for (const b of n.branches) {
        if (emptySeen && canNonEmpty(b)) return false;
        if (!emptyLast(b)) return false;
        if (canEmpty(b)) emptySeen = true;
      }
      return true;
    }
    case 'repeat': {
      if (n.min > 0 && !canEmpty(n.body)) return true;
      if (n.max === 0 || !canNonEmpty(n.body)) return true;
      return !n.lazy && !canEmpty(n.body) && emptyLast(n.body);
    }
    default: return false;
  }
}

function canEmpty(n: Node): boolean {
  switch (n.k) {
    case 'char': return false;
    case 'group': case 'atomic': return canEmpty(n.body);
    case 'seq': return n.items.every(canEmpty);
    case 'alt': return n.branches.some(canEmpty);
    case 'repeat': return n.min === 0 || n.max === 0 || canEmpty(n.body);
    default: return true;
  }
}

function canNonEmpty(n: Node): boolean {
  switch (n.k) {
    case 'char': case 'backref': case 'cond': return true;
    case 'group': case 'atomic': return canNonEmpty(n.body);
    case 'seq': return n.items.some(canNonEmpty);
    case 'alt': return n.branches.some(canNonEmpty);
    case 'repeat': return n.max > 0 && canNonEmpty(n.body);
    default: return false;
  }
}
