// A table of names per owner (a type's or a module's), written as one space-separated string
// per owner: how the recursion-level tables (method_recursion_level.ts, cold_call_level.ts)
// list the built-ins CPython 3.11 treats one way or the other.

/** Owner -> the set of its names, from [owner, 'name name ...'] rows. */
export function namesByOwner(rows: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(rows.map(([owner, names]) => [owner, new Set(names.split(' '))]));
}
