// `tpy -X trace`: a step tracer for learning the VM. Built on the trace hook's
// 'opcode' events (the f_trace_opcodes mechanism), it prints every instruction
// as the disassembler shows it, then the frame's value stack and block stack
// once the instruction has run, indented by call depth:
//
//   <module>    1           0 LOAD_CONST               0 (1)
//                             stack [1]  blocks []
//
// Calls, returns and exceptions get a line of their own, so the output reads as
// the eval loop's own log.

import type { PyObject } from './objects/object.js';
import type { Code } from './code.js';
import type { Frame } from './frame.js';
import type { HookFn } from './hooks.js';
import type { VM } from './vm.js';
import { EXCEPT_HANDLER } from './frame.js';
import { instructionLines } from './dis.js';
import { opName } from './opcodes.js';
import { typeOf } from './ops/typeof.js';
import { repr } from './ops/convert.js';
import { PyBaseException } from './objects/exceptions.js';

/** Longest repr shown for one stack value. */
const MAX_REPR = 40;

export function makeStepTracer(vm: VM, write: (text: string) => void): HookFn {
  const listings = new WeakMap<Code, Map<number, string>>();
  /** Frames whose last instruction has run but whose state is not printed yet. */
  const pending = new WeakSet<Frame>();

  const listing = (code: Code): Map<number, string> => {
    let l = listings.get(code);
    if (l === undefined) listings.set(code, (l = instructionLines(code)));
    return l;
  };
  const indent = (frame: Frame): string => {
    let depth = 0;
    for (let f = frame.f_back; f !== null; f = f.f_back) depth++;
    return '  '.repeat(depth);
  };
  const show = (v: PyObject | undefined): string => {
    if (v === undefined) return 'NULL';
    let text: string;
    try {
      // User-defined objects are not asked for their repr: that would run their code mid-step.
      const t = typeOf(v);
      text = t.isHeapType ? `<${t.name} object>` : repr(vm, v);
    } catch {
      text = `<${typeOf(v).tpName} object>`;
    }
    return text.length > MAX_REPR ? text.slice(0, MAX_REPR - 3) + '...' : text;
  };
  const state = (frame: Frame): string => {
    const bottom = frame.base + frame.f_code.co_nlocals;
    const values: string[] = [];
    for (let i = bottom; i < frame.sp; i++) values.push(show(vm.stack[i]));
    const blocks: string[] = [];
    const b = frame.blocks;
    for (let i = 0; i < b.length; i += 3) {
      const name = b[i] === EXCEPT_HANDLER ? 'EXCEPT_HANDLER' : `${opName[b[i]]} to ${b[i + 1] * 2}`;
      blocks.push(`${name} @${b[i + 2] - frame.f_code.co_nlocals}`);
    }
    return `stack [${values.join(', ')}]  blocks [${blocks.join(', ')}]`;
  };
  const flush = (frame: Frame): void => {
    if (!pending.has(frame)) return;
    pending.delete(frame);
    write(`${indent(frame)}${' '.repeat(16)}${state(frame)}\n`);
  };

  return (frame, event, arg) => {
    const pad = indent(frame);
    const name = frame.f_code.co_name.padEnd(12);
    switch (event) {
      case 'call':
        frame.traceOpcodes = true;
        frame.traceLines = false;
        write(`${pad}--> call ${frame.f_code.co_qualname} (${frame.f_code.co_filename}:${frame.f_code.co_firstlineno})\n`);
        break;
      case 'opcode': {
        flush(frame);
        const offset = frame.f_lasti;
        write(`${pad}${name}${listing(frame.f_code).get(offset) ?? `${offset} ?`}\n`);
        pending.add(frame);
        break;
      }
      case 'return':
        pending.delete(frame);
        write(`${pad}<-- return ${show(arg)} from ${frame.f_code.co_qualname}\n`);
        break;
      case 'exception': {
        pending.delete(frame);
        const exc = (arg as { items?: PyObject[] }).items?.[1];
        const what = exc instanceof PyBaseException ? exc.cls.name : show(exc);
        write(`${pad}!!! exception ${what} in ${frame.f_code.co_qualname}, unwinding the block stack\n`);
        break;
      }
    }
  };
}
