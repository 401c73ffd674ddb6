// The disassembler: a Code object as text, in the layout of CPython 3.7's dis.dis().

import { Code } from './code.js';
import { Op, HAVE_ARGUMENT, ArgKind, argKind, opName, CMP_OP } from './opcodes.js';
import type { PyObject } from './objects/object.js';
import { objectId } from './objects/object.js';
import { PyFloat } from './objects/float.js';
import { PyComplex } from './objects/complex.js';
import { complexRepr } from './format/complex_text.js';
import { PyTuple } from './objects/tuple.js';
import { PyBytes } from './objects/bytes.js';
import { PyFrozenSet } from './objects/set.js';
import { None, Ellipsis } from './objects/singletons.js';
import { strRepr, bytesRepr } from './format/str_repr.js';
import { floatRepr } from './format/float_repr.js';

/** repr() of a constant, as dis shows it in parentheses. */
export type ConstRepr = (o: PyObject) => string;

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** `<code object NAME at 0x..., file "F", line N>`, with a per-process stable fake address. */
export function codeRepr(co: Code): string {
  return `<code object ${co.co_name} at 0x${objectId(co).toString(16)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

/** repr() of the constants the compiler produces (numbers, strings, bytes, tuples, None, Ellipsis, code). */
export function reprConstDefault(o: PyObject): string {
  switch (typeof o) {
    case 'number':
    case 'bigint':
      return String(o);
    case 'boolean':
      return o ? 'True' : 'False';
    case 'string':
      return strRepr(o);
  }
  if (o === None) return 'None';
  if (o === Ellipsis) return 'Ellipsis';
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyComplex) return complexRepr(o.real, o.imag);
  if (o instanceof PyBytes) return bytesRepr(o.data);
  if (o instanceof Code) return codeRepr(o);
  if (o instanceof PyFrozenSet) {
    const items = o.toArray();
    return items.length ? `frozenset({${items.map(reprConstDefault).join(', ')}})` : 'frozenset()';
  }
  if (o instanceof PyTuple) {
    if (o.items.length === 1) return `(${reprConstDefault(o.items[0])},)`;
    return `(${o.items.map(reprConstDefault).join(', ')})`;
  }
  return `<${o.cls.name} object>`;
}

interface Instruction {
  offset: number;
  op: number;
  arg: number | null;
  argrepr: string;
  startsLine: number | null;
  isJumpTarget: boolean;
}

/** (offset, line) where a new source line starts (dis.findlinestarts over Code.lines). */
export function findLineStarts(co: Code): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | null = null;
  for (let slot = 0; slot < co.co_code.length >> 1; slot++) {
    const line = co.lineAt(slot * 2);
    if (line !== last) {
      starts.set(slot * 2, line);
      last = line;
    }
  }
  return starts;
}

/** Byte offsets that some jump targets (dis.findlabels). */
function findLabels(code: Uint8Array): Set<number> {
  const labels = new Set<number>();
  let ext = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i];
    if (op < HAVE_ARGUMENT) {
      ext = 0;
      continue;
    }
    const arg = code[i + 1] | ext;
    ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    if (argKind[op] === ArgKind.JumpRelative) labels.add(i + 2 + arg);
    else if (argKind[op] === ArgKind.JumpAbsolute) labels.add(arg);
  }
  return labels;
}

function instructions(co: Code, reprConst: ConstRepr): Instruction[] {
  const code = co.co_code;
  const labels = findLabels(code);
  const lineStarts = findLineStarts(co);
  const cells = [...co.co_cellvars, ...co.co_freevars];
  const out: Instruction[] = [];
  let ext = 0;
  for (let offset = 0; offset < code.length; offset += 2) {
    const op = code[offset];
    let arg: number | null = null;
    let argrepr = '';
    if (op >= HAVE_ARGUMENT) {
      arg = code[offset + 1] | ext;
      ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
      switch (argKind[op]) {
        case ArgKind.Const: {
          const c = co.co_consts[arg];
          argrepr = c instanceof Code ? codeRepr(c) : reprConst(c);
          break;
        }
        case ArgKind.Name:
          argrepr = co.co_names[arg];
          break;
        case ArgKind.JumpRelative:
          argrepr = `to ${offset + 2 + arg}`;
          break;
        case ArgKind.Local:
          argrepr = co.co_varnames[arg];
          break;
        case ArgKind.Compare:
          argrepr = CMP_OP[arg];
          break;
        case ArgKind.Free:
          argrepr = cells[arg];
          break;
        case ArgKind.FormatValue: {
          argrepr = ['', 'str', 'repr', 'ascii'][arg & 0x3];
          if (arg & 0x4) argrepr += argrepr ? ', with format' : 'with format';
          break;
        }
      }
    } else {
      ext = 0;
    }
    out.push({ offset, op, arg, argrepr, startsLine: lineStarts.get(offset) ?? null, isJumpTarget: labels.has(offset) });
  }
  return out;
}

/** One code object's listing, as dis.disassemble(co) prints it (no trailing newline). */
export function disassemble(co: Code, reprConst: ConstRepr = reprConstDefault): string {
  const starts = findLineStarts(co);
  const lines: string[] = [];
  for (const [offset, text] of instructionLines(co, reprConst)) {
    // A blank line before each source line but the first, as dis prints.
    if (starts.has(offset) && offset > 0) lines.push('');
    lines.push(text);
  }
  return lines.join('\n');
}

/**
 * Each instruction's line of the listing, by byte offset, exactly as disassemble
 * shows it (the step tracer prints them one at a time).
 */
export function instructionLines(co: Code, reprConst: ConstRepr = reprConstDefault): Map<number, string> {
  const lineStarts = findLineStarts(co);
  let maxLine = 0;
  for (const l of lineStarts.values()) if (l > maxLine) maxLine = l;
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = co.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const lines = new Map<number, string>();
  for (const instr of instructions(co, reprConst)) {
    const fields: string[] = [];
    fields.push(instr.startsLine !== null ? String(instr.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(instr.isJumpTarget ? '>>' : '  ');
    fields.push(String(instr.offset).padStart(offsetWidth));
    fields.push(opName[instr.op].padEnd(OPNAME_WIDTH));
    if (instr.arg !== null) {
      fields.push(String(instr.arg).padStart(OPARG_WIDTH));
      if (instr.argrepr) fields.push(`(${instr.argrepr})`);
    }
    lines.set(instr.offset, fields.join(' ').trimEnd());
  }
  return lines;
}

/** The whole of dis.dis(code): the code's listing, then each nested code object's, recursively. */
export function disassembleRecursive(co: Code, reprConst: ConstRepr = reprConstDefault): string {
  let out = disassemble(co, reprConst) + '\n';
  for (const c of co.co_consts) {
    if (c instanceof Code) {
      out += `\nDisassembly of ${codeRepr(c)}:\n`;
      out += disassembleRecursive(c, reprConst);
    }
  }
  return out;
}
