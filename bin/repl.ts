// The interactive loop: read statements (continuing compound ones until a blank line), run them in __main__, echo results.
//
// Each input is compiled in 'single' mode, so expression statements end in
// PRINT_EXPR and their value is echoed with repr (vm.displayHook). An error prints
// its traceback and the loop goes on; SystemExit (exit(), quit(), sys.exit) and os._exit end it.

import type { VM } from '../vm/vm.js';
import type { Code } from '../vm/code.js';
import type { PyObject } from '../vm/objects/object.js';
import { builtin } from '../vm/objects/function.js';
import { newException, PyBaseException, SystemExit, SyntaxError as SyntaxErrorType } from '../vm/objects/exceptions.js';
import { newTuple } from '../vm/objects/tuple.js';
import { compile, mainModule, reportUncaught, uncaughtExitCode } from '../index.js';
import { toPyException } from '../vm/errors.js';
import { PyModule } from '../vm/objects/module.js';
import { str } from '../vm/ops/convert.js';
import { isOpenBracketMessage, isUnfinishedMessage, onlyDecorators, opensBlock } from '../compiler/incomplete_input.js';

/** A source of input lines that shows its own prompt (a terminal's line editor). */
export interface LineSource {
  /** The next line without its newline, or null at end of input (Ctrl-D). */
  readLine(prompt: string): Promise<string | null>;
}

export const PS1 = '>>> ';
export const PS2 = '... ';


type Attempt = { kind: 'ok'; code: Code } | { kind: 'incomplete' | 'error'; exc: PyBaseException; msg: string };

function tryCompile(source: string): Attempt {
  try {
    return { kind: 'ok', code: compile(source, '<stdin>', 'single') };
  } catch (e) {
    const exc = toPyException(e);
    const msg = exc.args.length > 0 && typeof exc.args[0] === 'string' ? exc.args[0] : '';
    if (exc.cls.isSubtypeOf(SyntaxErrorType) && isUnfinishedMessage(msg)) return { kind: 'incomplete', exc, msg };
    return { kind: 'error', exc, msg };
  }
}


/** Adds exit() and quit() to builtins when the builtins module has none (CPython's site module adds them). */
export function installExitHelpers(vm: VM): void {
  for (const name of ['exit', 'quit']) {
    if (vm.builtins.getStr(name) !== undefined) continue;
    vm.builtins.setStr(name, builtin(name, (_vm, args) => {
      throw newException(SystemExit, ...(args.length === 0 ? [] : args.length === 1 ? [args[0]] : [newTuple(args) as PyObject]));
    }));
  }
}

/**
 * The prompt sys.ps1 or sys.ps2 gives, as str() of it before each input (CPython's
 * PyRun_InteractiveOneObject): a program may change them; one that is missing, or whose
 * str() fails, prompts with nothing.
 */
function prompt(vm: VM, name: 'ps1' | 'ps2'): string {
  const sys = vm.modules.getStr('sys');
  const v = sys instanceof PyModule ? sys.dict.getStr(name) : undefined;
  if (v === undefined) return '';
  try {
    return str(vm, v);
  } catch {
    return '';
  }
}

/** As PyRun_InteractiveLoop: an interactive session has sys.ps1 and sys.ps2 (kept if the program set them). */
function installPrompts(vm: VM): void {
  const sys = vm.modules.getStr('sys');
  if (!(sys instanceof PyModule)) return;
  if (sys.dict.getStr('ps1') === undefined) sys.dict.setStr('ps1', PS1);
  if (sys.dict.getStr('ps2') === undefined) sys.dict.setStr('ps2', PS2);
}

function isLineSource(x: AsyncIterable<string> | LineSource): x is LineSource {
  return typeof (x as LineSource).readLine === 'function';
}

/**
 * Runs the read-eval-print loop until end of input or SystemExit; returns the exit code.
 * With an AsyncIterable of lines, prompts are written through `write`; a LineSource
 * shows them itself.
 */
export async function runRepl(vm: VM, lines: AsyncIterable<string> | LineSource, write: (text: string) => void, hooks: { beforeRun?: () => void; afterRun?: () => void } = {}): Promise<number> {
  installExitHelpers(vm);
  installPrompts(vm);
  const main = mainModule(vm);
  let next: (prompt: string) => Promise<string | null>;
  if (isLineSource(lines)) {
    next = (prompt) => lines.readLine(prompt);
  } else {
    const it = lines[Symbol.asyncIterator]();
    next = async (prompt) => {
      write(prompt);
      const r = await it.next();
      return r.done ? null : r.value.replace(/\r?\n$/, '');
    };
  }

  /** Runs code in __main__; returns an exit code when the program asked to exit. */
  const run = async (code: Code): Promise<number | null> => {
    hooks.beforeRun?.();
    try {
      await vm.runCodeParkable(code, main.dict);
      return null;
    } catch (e) {
      const code = uncaughtExitCode(vm, e);
      // SystemExit and os._exit (sys.excepthook's too) end the loop; other errors do not.
      const ends = vm.exitStatus !== null || (e instanceof PyBaseException && e.cls.isSubtypeOf(SystemExit));
      return ends ? code : null;
    } finally {
      // As CPython's interactive loop (flush_io): what the statement printed goes out before the next prompt.
      vm.io.flush?.();
      hooks.afterRun?.();
    }
  };

  let buffer: string[] = [];
  for (;;) {
    const line = await next(prompt(vm, buffer.length === 0 ? 'ps1' : 'ps2'));
    if (line === null) {
      write('\n');
      return 0;
    }
    if (buffer.length === 0 && line.trim() === '') continue;
    buffer.push(line);
    const source = buffer.join('\n') + '\n';
    const blankEnd = buffer.length > 1 && line.trim() === '';
    const attempt = tryCompile(source);
    // A line continued with a backslash, or decorators still waiting for their def or class.
    if (!blankEnd && attempt.kind === 'error' && (line.endsWith('\\') || onlyDecorators(buffer))) continue;
    if (attempt.kind === 'incomplete') {
      // Inside brackets or a triple-quoted string a blank line does not end the statement.
      if (!blankEnd || isOpenBracketMessage(attempt.msg)) continue;
    } else if (attempt.kind === 'ok' && !blankEnd && opensBlock(buffer[0])) continue;
    buffer = [];
    if (attempt.kind === 'ok') {
      const code = await run(attempt.code);
      if (code !== null) return code;
    } else reportUncaught(vm, attempt.exc);
  }
}
