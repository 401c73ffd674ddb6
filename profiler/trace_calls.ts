// tpy -m cProfile --trace-calls: prints each profiler context as _lsprof pushes and pops it.
//
// Format (one line per event, indented two spaces per active context below it):
//   Entering func NAME
//   Leaving func NAME  Timers: tt=T, it=I, nc=N, rl=R
// NAME is the function as pstats prints it (file:line(name) with the directory
// stripped, {built-in method time.sleep} for built-ins). After a return, T and I are
// the entry's total and inline time so far in seconds (tt grows only when the
// outermost call returns, it on every return), N its call count and R its
// recursion level (active calls left).

import type { CallWatcher, ProfilerEntry } from './lsprof_core.js';
import { Code } from '../vm/code.js';

/** How pstats' func_std_string shows an entry, after strip_dirs. */
export function entryLabel(userObj: unknown): string {
  if (userObj instanceof Code) {
    const file = userObj.co_filename;
    return `${file.slice(file.lastIndexOf('/') + 1)}:${userObj.co_firstlineno}(${userObj.co_name})`;
  }
  const name = String(userObj);
  return name.startsWith('<') && name.endsWith('>') ? `{${name.slice(1, -1)}}` : name;
}

export class TraceCallsWatcher implements CallWatcher {
  constructor(
    private readonly unit: { factor(): number },
    private readonly write: (text: string) => void,
  ) {}

  entering(entry: ProfilerEntry, depth: number): void {
    this.write(`${'  '.repeat(depth)}Entering func ${entryLabel(entry.userObj)}\n`);
  }

  leaving(entry: ProfilerEntry, depth: number): void {
    const f = this.unit.factor();
    this.write(`${'  '.repeat(depth)}Leaving func ${entryLabel(entry.userObj)}  Timers: `
      + `tt=${(entry.tt * f).toFixed(6)}, it=${(entry.it * f).toFixed(6)}, nc=${entry.callcount}, rl=${entry.recursionLevel}\n`);
  }
}
