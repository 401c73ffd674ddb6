// Random Python programs for the fuzz test, generated from a small grammar of the supported subset.
//
// The programs are meant to run, not only to parse: every variable is bound before the statements
// that use it, most statements sit in `try: ... except Exception as e: print(...)` so that one
// TypeError does not end the run, loops are bounded (`for` over small ranges, `while` with a
// counter), and recursion has a base case reached from small literal arguments. They still fail in
// many ways on purpose: operators on mismatched types, wrong argument counts, missing attributes,
// dunder methods that raise or return the wrong type, `raise` of random exception classes.

import { Rng } from './prng.js';
import { TypedGen, type TypedCtx, type TypedVars } from './typed.js';

const EXC_TYPES = [
  'ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError', 'RuntimeError', 'AttributeError',
  'NameError', 'StopIteration', 'LookupError', 'ArithmeticError', 'OverflowError', 'AssertionError',
  'NotImplementedError', 'RecursionError', 'OSError', 'FileNotFoundError', 'Exception', 'UnicodeError',
  'UnboundLocalError', 'TimeoutError', 'ConnectionError', 'MemoryError',
];
/** Exceptions that escape `except Exception` (used rarely: they usually end the program). */
const BASE_EXC_TYPES = ['SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'BaseException'];

const INT_SMALL = ['0', '1', '2', '3', '5', '7', '-1', '-3', '10', '12', '16', '100', '255', '256'];
const INT_BIG = ['2 ** 64', '10 ** 20', '-(2 ** 70)', '123456789012345678901234567890', '0x7fffffffffffffff', '0o777', '0b1011'];
const FLOATS = ['0.0', '-0.0', '1.5', '-2.25', '0.1', '3.14159', '1e300', '1e-7', '2.5e10', "float('inf')", "float('-inf')", "float('nan')", '7.0', '1e16'];
const STRS = ['""', "'a'", "'abc'", "'hello world'", "'x,y,z'", "'  pad  '", "'A1b2'", "'\\n'", "'é'", "'%s'", "'{}'", "'3'", "'-12'", "'1.5'", "'Zz'", "'a\\tb'", "'\\u00e9\\x41'"];
const BIN_OPS = ['+', '-', '*', '/', '//', '%', '&', '|', '^', '+', '-', '*'];
const CMP_OPS = ['<', '<=', '>', '>=', '==', '!=', 'in', 'not in', 'is', 'is not'];
const AUG_OPS = ['+=', '-=', '*=', '//=', '%=', '|=', '&=', '^=', '/='];
const FORMAT_SPECS = ['', '>5', '<4', '^7', '05', '.2f', 'x', 'b', ',', '+', '.3e', '%', 's', 'd', '08.3f', '#x', '=+8', '*^9', '.1', 'o', 'X', 'c', 'n', 'g', '_'];
const ONE_ARG_BUILTINS = ['len', 'abs', 'str', 'repr', 'int', 'float', 'bool', 'list', 'tuple', 'set', 'sorted', 'min', 'max', 'sum', 'any', 'all', 'round', 'chr', 'ord', 'bin', 'hex', 'oct', 'type', 'iter', 'next', 'dict', 'frozenset', 'callable', 'id'];
const METHODS = [
  'append', 'pop', 'get', 'keys', 'values', 'items', 'upper', 'lower', 'split', 'join', 'index', 'count', 'format',
  'update', 'setdefault', 'sort', 'copy', 'replace', 'strip', 'startswith', 'endswith', 'find', 'insert', 'remove',
  'extend', 'add', 'discard', 'union', 'reverse', 'clear', 'zfill', 'center', 'isdigit', 'title', 'encode', 'decode',
  'partition', 'rjust', 'ljust', 'splitlines', 'bit_length', 'is_integer', 'conjugate', 'fromkeys', 'popitem',
];

interface FuncInfo {
  name: string;
  params: number;
  kind: 'plain' | 'gen' | 'rec' | 'closure';
}
interface ClassInfo {
  name: string;
  initParams: number;
  methods: string[];
  attrs: string[];
  isException: boolean;
}
interface Ctx {
  indent: number;
  vars: string[];
  inLoop: boolean;
  inFunc: boolean;
  inGen: boolean;
  inHandler: boolean;
  depth: number;
}

export class ProgramGenerator {
  private lines: string[] = [];
  private globals: string[] = [];
  private funcs: FuncInfo[] = [];
  private classes: ClassInfo[] = [];
  private instances: string[] = [];
  private counter = 0;
  private hasMath = false;
  private readonly typed: TypedGen;
  private typedGlobals: TypedVars = TypedGen.emptyVars();

  constructor(private readonly rng: Rng) {
    this.typed = new TypedGen(rng, (indent, text) => this.emit(indent, text));
  }

  private typedCtx(indent: number): TypedCtx {
    return { indent, vars: this.typedGlobals, assignable: this.typedGlobals, inLoop: false, inFunc: false, depth: 0 };
  }

  generate(): string {
    const r = this.rng;
    this.emit(0, 'import sys');
    if (r.chance(0.3)) {
      this.emit(0, 'import math');
      this.hasMath = true;
      this.typed.hasMath = true;
    }
    const nvars = r.int(2, 4);
    for (let i = 0; i < nvars; i++) {
      const name = `v${i}`;
      const ctx = this.ctx(0, []);
      this.emit(0, `${name} = ${this.literal(ctx, 2, true)}`);
      this.globals.push(name);
    }
    // Typed globals (read by typed expressions anywhere, assigned only by typed statements).
    const typedDecl: [keyof TypedVars, string, number][] = [['int', 'I', r.int(1, 2)], ['float', 'F', 1], ['str', 'S', r.int(1, 2)], ['list', 'L', r.int(1, 2)], ['dict', 'D', 1]];
    for (const [ty, prefix, n] of typedDecl) {
      for (let i = 0; i < n; i++) {
        const name = `${prefix}${i}`;
        this.emit(0, `${name} = ${this.typed.expr(this.typedCtx(0), ty, 0)}`);
        this.typedGlobals = TypedGen.withVar(this.typedGlobals, ty, name);
      }
    }
    if (r.chance(0.5)) this.typed.pointClass();
    for (let i = r.int(0, 3); i > 0; i--) this.typed.funcDef(this.typedGlobals);
    if (r.chance(0.7)) this.contextManagerClass();
    const nclasses = r.int(0, 2);
    for (let i = 0; i < nclasses; i++) this.classDef();
    const nfuncs = r.int(1, 3);
    for (let i = 0; i < nfuncs; i++) this.funcDef();
    for (const c of this.classes) {
      if (c.isException) continue;
      const inst = `o${this.instances.length}`;
      this.emit(0, `${inst} = None`);
      this.emit(0, 'try:');
      this.emit(1, `${inst} = ${c.name}(${this.args(this.ctx(1, this.globals), c.initParams)})`);
      this.emit(0, 'except Exception as e:');
      this.emit(1, "print('init failed', type(e).__name__)");
      this.instances.push(inst);
      this.globals.push(inst);
    }
    const nstmts = r.int(3, 7);
    for (let i = 0; i < nstmts; i++) {
      const ctx = this.ctx(0, this.globals);
      if (r.chance(0.95)) {
        this.emit(0, 'try:');
        if (r.chance(0.5)) this.typed.block({ ...this.typedCtx(1), depth: 0 }, r.int(1, 3));
        else this.block({ ...ctx, indent: 1 }, r.int(1, 2));
        this.emit(0, 'except Exception as e:');
        this.emit(1, `print('E${i}', type(e).__name__, e)`);
      } else {
        this.stmt(ctx);
      }
    }
    this.emit(0, `print('end', ${this.globals.slice(0, 3).map((v) => `repr(${v})[:2000]`).join(', ')})`);
    return this.lines.join('\n') + '\n';
  }

  // ---- helpers ----

  private emit(indent: number, text: string): void {
    this.lines.push('    '.repeat(indent) + text);
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private ctx(indent: number, vars: string[]): Ctx {
    return { indent, vars: [...vars], inLoop: false, inFunc: false, inGen: false, inHandler: false, depth: 0 };
  }

  private args(ctx: Ctx, n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.expr(ctx, 1));
    return out.join(', ');
  }

  private excType(): string {
    const r = this.rng;
    const user = this.classes.filter((c) => c.isException);
    if (user.length && r.chance(0.2)) return r.pick(user).name;
    if (r.chance(0.03)) return r.pick(BASE_EXC_TYPES);
    return r.pick(EXC_TYPES);
  }

  // ---- expressions ----

  /** A literal; `pure` ones contain only literals (they cannot raise), others may nest expressions. */
  private literal(ctx: Ctx, depth: number, pure = false): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [5, () => r.pick(INT_SMALL)],
      [1, () => r.pick(INT_BIG)],
      [3, () => r.pick(FLOATS)],
      [4, () => r.pick(STRS)],
      [1, () => r.pick(['None', 'True', 'False'])],
      [1, () => r.pick(["b'ab'", "b''", "b'\\x00\\xff'"])],
      [2, () => (depth > 0 ? `[${this.list(ctx, depth - 1, r.int(0, 4), pure)}]` : '[]')],
      [1, () => (depth > 0 ? `(${this.list(ctx, depth - 1, r.int(1, 3), pure)},)` : '()')],
      [2, () => (depth > 0 ? `{${this.dictItems(ctx, depth - 1, pure)}}` : '{}')],
      [1, () => {
        if (depth <= 0) return 'set()';
        if (!pure) return `{${this.list(ctx, depth - 1, r.int(1, 3))}}`;
        const items: string[] = [];
        for (let i = r.int(1, 3); i > 0; i--) items.push(r.pick([...INT_SMALL, ...STRS, 'None', '1.5', '(1, 2)']));
        return `{${items.join(', ')}}`;
      }],
      [1, () => `range(${r.int(-2, 6)}${r.chance(0.5) ? `, ${r.int(-3, 9)}` : ''}${r.chance(0.3) ? `, ${r.pick(['1', '2', '-1', '3', '0'])}` : ''})`],
    ])();
  }

  private list(ctx: Ctx, depth: number, n: number, pure = false): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(depth > 0 && this.rng.chance(0.5) ? (pure ? this.literal(ctx, depth, true) : this.expr(ctx, depth)) : this.literal(ctx, 0, pure));
    return out.join(', ');
  }

  private dictItems(ctx: Ctx, depth: number, pure = false): string {
    const r = this.rng;
    const out: string[] = [];
    const n = r.int(0, 3);
    for (let i = 0; i < n; i++) {
      const k = r.weighted<() => string>([
        [3, () => r.pick(STRS)],
        [3, () => r.pick(INT_SMALL)],
        [1, () => r.pick(pure ? ['None', 'True', '1.5', '(1, 2)', "('a',)"] : ['None', 'True', '1.5', '(1, 2)', "('a',)", '[1]', '{}'])],
      ])();
      out.push(`${k}: ${depth > 0 && !pure ? this.expr(ctx, depth) : this.literal(ctx, depth, pure)}`);
    }
    if (depth > 0 && !pure && r.chance(0.1) && ctx.vars.length) out.push(`**${r.pick(ctx.vars)}`);
    return out.join(', ');
  }

  private atom(ctx: Ctx): string {
    const r = this.rng;
    if (ctx.vars.length && r.chance(0.55)) return r.pick(ctx.vars);
    return this.literal(ctx, 1);
  }

  expr(ctx: Ctx, depth: number): string {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.25)) return this.atom(ctx);
    const d = depth - 1;
    const cls = this.classes.filter((c) => !c.isException);
    const choices: [number, () => string][] = [
      [6, () => {
        const op = r.pick(BIN_OPS);
        return `(${this.expr(ctx, d)} ${op} ${this.expr(ctx, d)})`;
      }],
      [1, () => `(${this.expr(ctx, d)} ** ${r.pick(['0', '1', '2', '3', '-1', '0.5', '5'])})`],
      [1, () => `(${this.expr(ctx, d)} ${r.pick(['<<', '>>'])} ${r.pick(['0', '1', '3', '8', '65', '-1'])})`],
      [2, () => `(${r.pick(['-', '+', '~', 'not '])}${this.expr(ctx, d)})`],
      [3, () => {
        let s = `${this.expr(ctx, d)} ${r.pick(CMP_OPS)} ${this.expr(ctx, d)}`;
        if (r.chance(0.2)) s += ` ${r.pick(CMP_OPS.slice(0, 6))} ${this.expr(ctx, d)}`;
        return `(${s})`;
      }],
      [2, () => `(${this.expr(ctx, d)} ${r.pick(['and', 'or'])} ${this.expr(ctx, d)})`],
      [1, () => `(${this.expr(ctx, d)} if ${this.expr(ctx, d)} else ${this.expr(ctx, d)})`],
      [5, () => this.builtinCall(ctx, d)],
      [4, () => `${this.primary(ctx, d)}.${r.pick(METHODS)}(${this.args(ctx, r.int(0, 2))})`],
      [3, () => `${this.primary(ctx, d)}[${this.expr(ctx, d)}]`],
      [2, () => `${this.primary(ctx, d)}[${r.chance(0.7) ? r.pick(['', '1', '-2', '0']) : this.expr(ctx, d)}:${r.pick(['', '2', '-1', '5'])}${r.chance(0.3) ? `:${r.pick(['', '2', '-1', '0', '3'])}` : ''}]`],
      [2, () => this.comprehension(ctx, d)],
      [2, () => this.formatted(ctx, d)],
      [1, () => `(lambda ${r.pick(['x', 'x, y=2', '*a', 'x, **k'])}: ${this.expr({ ...ctx, vars: [...ctx.vars, 'x'] }, d)})(${this.args(ctx, r.int(0, 2))})`],
      [1, () => `${this.primary(ctx, d)}.${r.pick(['real', 'imag', 'x', 'a', 'b', '__class__', '__name__', 'args', 'start', 'stop', 'numerator', '__dict__', 'cattr', 'p'])}`],
    ];
    if (this.funcs.length) {
      choices.push([4, () => this.userCall(ctx, d)]);
    }
    choices.push([3, () => this.typed.anyExpr(this.typedCtx(0), d)]);
    if (cls.length) {
      choices.push([2, () => {
        const c = r.pick(cls);
        return `${c.name}(${this.args(ctx, r.chance(0.8) ? c.initParams : r.int(0, 3))})`;
      }]);
    }
    if (this.instances.length) {
      choices.push([3, () => {
        const o = r.pick(this.instances);
        const c = this.classes.filter((k) => !k.isException)[this.instances.indexOf(o)];
        const m = c && c.methods.length && r.chance(0.7) ? r.pick(c.methods) : r.pick(['m0', 'missing', '__len__', '__repr__']);
        return `${o}.${m}(${this.args(ctx, r.int(0, 2))})`;
      }]);
      choices.push([2, () => {
        const o = r.pick(this.instances);
        const c = this.classes.filter((k) => !k.isException)[this.instances.indexOf(o)];
        return `${o}.${c && c.attrs.length && r.chance(0.8) ? r.pick(c.attrs) : r.pick(['zz', 'a', 'cattr'])}`;
      }]);
    }
    return r.weighted(choices)();
  }

  /** An expression that can be followed by `.attr`, `[...]` or `(...)` without parentheses. */
  private primary(ctx: Ctx, depth: number): string {
    const e = this.expr(ctx, depth);
    return /^[\w.]+$/.test(e) && !/^\d/.test(e) ? e : `(${e})`;
  }

  private builtinCall(ctx: Ctx, d: number): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [6, () => `${r.pick(ONE_ARG_BUILTINS)}(${this.expr(ctx, d)})`.replace(/^id\((.*)\)$/, 'type(id($1)).__name__')],
      [1, () => `${r.pick(['min', 'max'])}(${this.args(ctx, r.int(2, 3))})`],
      [1, () => `sorted(${this.expr(ctx, d)}, key=${r.pick(['str', 'len', 'abs', 'repr', 'lambda t: -t', 'lambda t: t[0]', 'lambda t: (t is None, t)'])}${r.chance(0.3) ? ', reverse=True' : ''})`],
      [1, () => `list(${r.pick(['map', 'filter'])}(${r.pick(['str', 'abs', 'len', 'bool', 'None', 'lambda t: t * 2', 'lambda t: t % 3', 'lambda t: 1 / t'])}, ${this.expr(ctx, d)}))`],
      [1, () => `list(${r.pick(['enumerate', 'reversed', 'zip', 'iter'])}(${this.expr(ctx, d)}))`],
      [1, () => `list(zip(${this.args(ctx, 2)}))`],
      [1, () => `${r.pick(['divmod', 'pow', 'round', 'isinstance', 'issubclass', 'getattr', 'hasattr', 'format', 'int', 'range', 'slice'])}(${this.args(ctx, 2)})`],
      [1, () => `isinstance(${this.expr(ctx, d)}, ${r.pick(['int', 'str', '(list, tuple)', 'Exception', 'object', 'bool', 'float', 'dict'])})`],
      [1, () => `pow(${r.pick(INT_SMALL)}, ${r.pick(['2', '-1', '3', '0'])}, ${r.pick(['7', '1', '0', '-5'])})`],
      [1, () => `int(${r.pick(STRS)}, ${r.pick(['0', '2', '10', '16', '36', '1', '37'])})`],
      [1, () => `${r.pick(['str', 'repr', 'ascii'])}(${this.expr(ctx, d)})[:${r.int(0, 30)}]`],
      [1, () => `sum(${this.expr(ctx, d)}, ${this.expr(ctx, d)})`],
      [this.hasMath ? 1 : 0, () => `math.${r.pick(['sqrt', 'floor', 'ceil', 'log', 'exp', 'fabs', 'factorial', 'isnan', 'trunc'])}(${this.expr(ctx, d)})`],
      [this.hasMath ? 1 : 0, () => `math.${r.pick(['gcd', 'pow', 'atan2', 'copysign', 'fmod', 'log', 'isclose'])}(${this.args(ctx, 2)})`],
      [1, () => `sys.${r.pick(['getrecursionlimit()', 'exc_info()[0]', 'maxsize', 'argv[0]'])}`],
    ])();
  }

  private userCall(ctx: Ctx, d: number): string {
    const r = this.rng;
    const f = r.pick(this.funcs);
    const nargs = r.chance(0.85) ? f.params : r.int(0, 3);
    if (f.kind === 'rec') return `${f.name}(${r.int(0, 8)}, ${this.expr(ctx, d)})`;
    if (f.kind === 'gen') {
      const call = `${f.name}(${r.int(0, 5)})`;
      return r.pick([
        `list(${call})`, `next(${call}, None)`, `sum(${call})`, `[t for t in ${call}][:3]`, `list(${call})[-1:]`,
        `${call}.close()`, `(lambda g: [next(g, None), g.send(${this.literal(ctx, 0)})])(${call})`,
        `(lambda g: [next(g, None), g.throw(${this.excType()}(${this.literal(ctx, 0)}))])(${call})`,
        `(lambda g: [next(g, None), g.close(), next(g, 'done')])(${call})`,
      ]);
    }
    if (f.kind === 'closure') return `${f.name}(${this.expr(ctx, d)})(${this.expr(ctx, d)})`;
    const kw = r.chance(0.15) ? `${nargs ? ', ' : ''}${r.pick(['a', 'b', 'c', 'zz'])}=${this.expr(ctx, d)}` : '';
    return `${f.name}(${this.args(ctx, nargs)}${kw})`;
  }

  private comprehension(ctx: Ctx, d: number): string {
    const r = this.rng;
    const v = this.fresh('c');
    const inner = { ...ctx, vars: [...ctx.vars, v] };
    const src = r.chance(0.6) ? `range(${r.int(0, 6)})` : this.expr(ctx, d);
    const cond = r.chance(0.4) ? ` if ${this.expr(inner, d)}` : '';
    return r.weighted<() => string>([
      [3, () => `[${this.expr(inner, d)} for ${v} in ${src}${cond}]`],
      [1, () => `{${this.expr(inner, d)} for ${v} in ${src}${cond}}`],
      [1, () => `{${this.expr(inner, d)}: ${this.expr(inner, d)} for ${v} in ${src}${cond}}`],
      [1, () => `${r.pick(['sum', 'list', 'tuple', 'any', 'max', 'sorted'])}(${this.expr(inner, d)} for ${v} in ${src}${cond})`],
      [1, () => `[${this.expr(inner, d)} for ${v} in ${src} for ${v}_ in ${r.pick(['range(2)', "'ab'", '[0]'])}]`],
    ])();
  }

  private formatted(ctx: Ctx, d: number): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [3, () => {
        // CPython 3.11 f-strings: no backslash and no double quote inside the replacement field.
        let e = this.expr(ctx, d);
        if (/["\\]/.test(e)) e = ctx.vars.length ? r.pick(ctx.vars) : '0';
        return `f"<{ ${e} ${r.pick(['', '!r', '!s', '!a'])}${r.chance(0.6) ? ':' + r.pick(FORMAT_SPECS) : ''}}>"`;
      }],
      [2, () => `(${r.pick(["'%s'", "'%d'", "'%r|%s'", "'%5.2f'", "'%x'", "'%-4s|'", "'%%'", "'%(a)s'", "'%c'", "'%i %o'"])} % ${this.expr(ctx, d)})`],
      [2, () => `${r.pick(["'{}'", "'{0}-{1}'", "'{!r}'", "'{:>6}'", "'{a}'", "'{0[0]}'", "'{:.2f}'", "'{}{}'", "'{:x}'"])}.format(${this.args(ctx, r.int(0, 2))})`],
      [1, () => `format(${this.expr(ctx, d)}, ${JSON.stringify(r.pick(FORMAT_SPECS))})`],
    ])();
  }

  // ---- statements ----

  private block(ctx: Ctx, n: number): void {
    for (let i = 0; i < n; i++) this.stmt(ctx);
  }

  private stmt(ctx: Ctx): void {
    const r = this.rng;
    const ind = ctx.indent;
    const compound = ctx.depth < 2;
    const target = (): string => {
      if (ctx.vars.length && r.chance(0.7)) return r.pick(ctx.vars);
      const v = this.fresh('t');
      ctx.vars.push(v);
      return v;
    };
    const choices: [number, () => void][] = [
      [6, () => this.emit(ind, `print(${this.args(ctx, r.int(1, 3))})`)],
      [5, () => {
        const e = this.expr(ctx, 3);
        this.emit(ind, `${target()} = ${e}`);
      }],
      [2, () => this.emit(ind, `${r.pick(ctx.vars.length ? ctx.vars : ['v0'])} ${r.pick(AUG_OPS)} ${this.expr(ctx, 2)}`)],
      [1, () => {
        const e = this.expr(ctx, 2);
        const a = target();
        const b = target();
        this.emit(ind, r.chance(0.7) ? `${a}, ${b} = ${e}` : `${a}, *${b} = ${e}`);
      }],
      [2, () => this.emit(ind, `${r.pick(ctx.vars.length ? ctx.vars : ['v0'])}[${this.expr(ctx, 1)}] = ${this.expr(ctx, 2)}`)],
      [1, () => this.emit(ind, `del ${r.pick(ctx.vars.length ? ctx.vars : ['v0'])}[${this.expr(ctx, 1)}]`)],
      [2, () => this.emit(ind, this.expr(ctx, 3))],
      [1, () => this.emit(ind, `assert ${this.expr(ctx, 2)}${r.chance(0.5) ? `, ${this.expr(ctx, 1)}` : ''}`)],
      [2, () => this.raiseStmt(ctx)],
    ];
    if (this.instances.length) {
      choices.push([1, () => this.emit(ind, `${r.pick(this.instances)}.${r.pick(['a', 'b', 'x', 'p', 'cattr', 'new_attr'])} = ${this.expr(ctx, 2)}`)]);
    }
    if (ctx.inLoop) choices.push([1, () => this.emit(ind, r.pick(['break', 'continue']))]);
    if (ctx.inFunc && !ctx.inGen) choices.push([1, () => this.emit(ind, `return ${this.expr(ctx, 2)}`)]);
    if (ctx.inGen) choices.push([2, () => this.emit(ind, `${r.chance(0.3) ? `${target()} = ` : ''}yield ${this.expr(ctx, 2)}`)]);
    if (ctx.inHandler) choices.push([1, () => this.emit(ind, 'raise')]);
    if (compound) {
      const inner = (extra: Partial<Ctx> = {}): Ctx => ({ ...ctx, indent: ind + 1, depth: ctx.depth + 1, ...extra });
      choices.push(
        [3, () => {
          this.emit(ind, `if ${this.expr(ctx, 2)}:`);
          this.block(inner(), r.int(1, 2));
          if (r.chance(0.3)) {
            this.emit(ind, `elif ${this.expr(ctx, 2)}:`);
            this.block(inner(), 1);
          }
          if (r.chance(0.4)) {
            this.emit(ind, 'else:');
            this.block(inner(), 1);
          }
        }],
        [3, () => {
          const v = this.fresh('i');
          const src = r.weighted<() => string>([
            [3, () => `range(${r.int(0, 5)})`],
            [2, () => r.pick(["'abc'", '[1, 2.5, None]', '{1: 2, 3: 4}', "['x', 0]", '(0,)', "{'k': [1]}"])],
            [2, () => `list(${this.expr(ctx, 2)})[:5]`],
            [1, () => `tuple(${this.expr(ctx, 1)})[:4]`],
            [this.funcs.some((f) => f.kind === 'gen') ? 2 : 0, () => `${r.pick(this.funcs.filter((f) => f.kind === 'gen')).name}(${r.int(0, 4)})`],
          ])();
          const targets = r.chance(0.2) ? `${v}, ${v}b` : v;
          this.emit(ind, `for ${targets} in ${src}:`);
          this.block(inner({ inLoop: true, vars: [...ctx.vars, v, `${v}b`] }), r.int(1, 3));
          if (r.chance(0.2)) {
            this.emit(ind, 'else:');
            this.block(inner(), 1);
          }
        }],
        [1, () => {
          const w = this.fresh('w');
          this.emit(ind, `${w} = 0`);
          this.emit(ind, `while ${w} < ${r.int(0, 6)}${r.chance(0.4) ? ` and ${this.expr(ctx, 1)}` : ''}:`);
          this.emit(ind + 1, `${w} += 1`);
          // The counter stays out of `vars`: an assignment to it could make the loop endless.
          this.block(inner({ inLoop: true }), r.int(1, 3));
        }],
        [4, () => this.tryStmt(ctx)],
        [2, () => this.withStmt(ctx)],
        [1, () => {
          // A nested function, defined and called right away.
          const f = this.fresh('nf');
          this.emit(ind, `def ${f}(p, q=${this.literal(ctx, 0)}):`);
          this.block(inner({ inFunc: true, inLoop: false, inGen: false, inHandler: false, vars: ['p', 'q', ...ctx.vars.slice(0, 4)] }), r.int(1, 3));
          this.emit(ind, `${target()} = ${f}(${this.args(ctx, r.int(0, 2))})`);
        }],
      );
    }
    r.weighted(choices)();
  }

  private raiseStmt(ctx: Ctx): void {
    const r = this.rng;
    const t = this.excType();
    const args = r.chance(0.7) ? this.args(ctx, r.int(0, 2)) : null;
    let s = `raise ${t}${args === null ? '' : `(${args})`}`;
    if (r.chance(0.2)) s += ` from ${r.chance(0.3) ? 'None' : `${this.excType()}(${this.args(ctx, r.int(0, 1))})`}`;
    this.emit(ctx.indent, s);
  }

  private tryStmt(ctx: Ctx): void {
    const r = this.rng;
    const ind = ctx.indent;
    const inner = (extra: Partial<Ctx> = {}): Ctx => ({ ...ctx, indent: ind + 1, depth: ctx.depth + 1, ...extra });
    this.emit(ind, 'try:');
    this.block(inner(), r.int(1, 3));
    const nhandlers = r.chance(0.2) ? 0 : r.int(1, 3);
    for (let i = 0; i < nhandlers; i++) {
      const kind = r.int(0, 5);
      const bare = kind === 0 && i === nhandlers - 1;
      const name = !bare && r.chance(0.6) ? this.fresh('e') : null;
      const as = name ? ` as ${name}` : '';
      if (bare) this.emit(ind, 'except:');
      else if (kind <= 2) this.emit(ind, `except ${this.excType()}${as}:`);
      else this.emit(ind, `except (${this.excType()}, ${this.excType()})${as}:`);
      const hctx = inner({ inHandler: true, vars: name ? [...ctx.vars, name] : ctx.vars });
      if (name && r.chance(0.6)) this.emit(ind + 1, `print('caught', type(${name}).__name__, ${name}.args[:2]${r.chance(0.3) ? `, ${name}.__context__ is None` : ''})`);
      this.block(hctx, r.int(0, 2) || 1);
    }
    if (nhandlers > 0 && r.chance(0.3)) {
      this.emit(ind, 'else:');
      this.block(inner(), 1);
    }
    if (nhandlers === 0 || r.chance(0.4)) {
      this.emit(ind, 'finally:');
      this.block(inner(), r.int(1, 2));
    }
  }

  private withStmt(ctx: Ctx): void {
    const r = this.rng;
    const ind = ctx.indent;
    const hasCM = this.classes.some((c) => c.name === 'CM');
    const item = (): string => {
      const v = this.fresh('cm');
      ctx.vars.push(v);
      if (hasCM && r.chance(0.85)) return `CM(${this.literal(ctx, 0)}, ${r.pick(['True', 'False', 'None', '1', "''", "'raise'"])}) as ${v}`;
      return `${this.expr(ctx, 1)} as ${v}`;
    };
    const items = r.chance(0.25) ? `${item()}, ${item()}` : item();
    this.emit(ind, `with ${items}:`);
    this.block({ ...ctx, indent: ind + 1, depth: ctx.depth + 1 }, r.int(1, 3));
  }

  // ---- definitions ----

  private contextManagerClass(): void {
    this.emit(0, 'class CM:');
    this.emit(1, 'def __init__(self, value, result):');
    this.emit(2, 'self.value = value');
    this.emit(2, 'self.result = result');
    this.emit(1, 'def __enter__(self):');
    this.emit(2, "print('enter', repr(self.value)[:20])");
    this.emit(2, 'return self.value');
    this.emit(1, 'def __exit__(self, t, v, tb):');
    this.emit(2, "print('exit', t.__name__ if t else None)");
    this.emit(2, "if self.result == 'raise':");
    this.emit(3, "raise RuntimeError('exit failed')");
    this.emit(2, 'return self.result');
    this.classes.push({ name: 'CM', initParams: 2, methods: [], attrs: ['value', 'result'], isException: false });
  }

  private classDef(): void {
    const r = this.rng;
    const name = this.fresh('K');
    const isException = r.chance(0.3);
    const base = isException
      ? r.pick(['Exception', 'ValueError', 'KeyError', 'LookupError', 'RuntimeError', 'OSError', 'ArithmeticError'])
      : r.pick(['', '', '', '(object)', ...this.classes.filter((c) => !c.isException && c.name !== 'CM').map((c) => `(${c.name})`)]);
    this.emit(0, `class ${name}${isException ? `(${base})` : base}:`);
    const info: ClassInfo = { name, initParams: 0, methods: [], attrs: ['cattr'], isException };
    this.emit(1, `cattr = ${this.literal(this.ctx(1, []), 1, true)}`);
    const selfCtx = (extra: string[]): Ctx => ({ ...this.ctx(2, ['self', ...extra, ...this.globals.slice(0, 3)]), inFunc: true });
    if (isException) {
      if (r.chance(0.5)) {
        this.emit(1, 'def __init__(self, *args):');
        this.emit(2, 'super().__init__(*args)');
        this.emit(2, `self.extra = ${this.literal(this.ctx(2, []), 0)}`);
      }
      if (r.chance(0.5)) {
        this.emit(1, 'def __str__(self):');
        this.emit(2, `return ${r.pick(["'custom: ' + repr(self.args)", 'str(len(self.args))', "'%s!' % (self.args,)", '5', "''"])}`);
      }
      this.classes.push(info);
      return;
    }
    const nparams = r.int(0, 2);
    const params = ['a', 'b'].slice(0, nparams);
    info.initParams = nparams;
    this.emit(1, `def __init__(self${params.map((p) => `, ${p}`).join('')}):`);
    for (const p of params) {
      this.emit(2, `self.${p} = ${p}`);
      info.attrs.push(p);
    }
    this.emit(2, `self.x = ${this.expr(selfCtx(params), 1)}`);
    info.attrs.push('x');
    const nmethods = r.int(1, 2);
    for (let i = 0; i < nmethods; i++) {
      const m = `m${i}`;
      this.emit(1, `def ${m}(self, y${r.chance(0.3) ? '=None' : ''}):`);
      this.block({ ...selfCtx(['y']), indent: 2, depth: 2 }, r.int(0, 2));
      this.emit(2, `return ${this.expr(selfCtx(['y']), 2)}`);
      info.methods.push(m);
    }
    if (r.chance(0.4)) {
      this.emit(1, '@property');
      this.emit(1, 'def p(self):');
      this.emit(2, `return ${this.expr(selfCtx([]), 2)}`);
      info.attrs.push('p');
    }
    const dunders: [string, string, string[]][] = [
      ['__repr__', 'self', ["'<obj>'", "'R' + str(self.x)", '5', 'repr(self.x)[:10]']],
      ['__str__', 'self', ["'S'", 'str(self.x)', 'None']],
      ['__eq__', 'self, other', ['self.x == getattr(other, "x", other)', 'NotImplemented', 'True', '1 / 0']],
      ['__hash__', 'self', ['hash(self.x)', '7', "'h'", '2 ** 100', '1.5']],
      ['__lt__', 'self, other', ['self.x < other', 'NotImplemented', 'other.zz']],
      ['__add__', 'self, other', ['self.x + other', 'NotImplemented', 'self']],
      ['__radd__', 'self, other', ['other', 'NotImplemented']],
      ['__len__', 'self', ['3', '-1', "'x'", 'len(str(self.x))', '2 ** 70']],
      ['__bool__', 'self', ['False', '1', 'None', 'bool(self.x)']],
      ['__iter__', 'self', ['iter([1, 2, 3])', 'iter(str(self.x))', '5', 'self']],
      ['__next__', 'self', ['1 // 0', 'next(iter([]))']],
      ['__getitem__', 'self, k', ['[0, 1][k]', 'self.x[k]', "{0: 'a'}[k]"]],
      ['__contains__', 'self, k', ['k == 1', '[][0]']],
      ['__call__', 'self, *a', ['a', 'len(a)']],
      ['__getattr__', 'self, name', ["'dyn_' + name", 'self.__dict__[name]']],
      ['__neg__', 'self', ['self', '0']],
      ['__index__', 'self', ['2', "'no'"]],
      ['__int__', 'self', ['4', '4.5']],
      ['__enter__', 'self', ['self']],
      ['__exit__', 'self, *a', ['True', 'None']],
    ];
    const n = r.int(0, 4);
    for (let i = 0; i < n; i++) {
      const [dname, sig, bodies] = r.pick(dunders);
      if (info.methods.includes(dname)) continue;
      this.emit(1, `def ${dname}(${sig}):`);
      if (r.chance(0.15)) this.emit(2, `raise ${this.excType()}(${JSON.stringify(dname)})`);
      else this.emit(2, `return ${r.pick(bodies)}`);
      info.methods.push(dname);
    }
    if (r.chance(0.2)) {
      this.emit(1, '@staticmethod');
      this.emit(1, 'def s(z):');
      this.emit(2, `return ${this.expr(this.ctx(2, ['z']), 2)}`);
      info.methods.push('s');
    }
    if (r.chance(0.2)) {
      this.emit(1, '@classmethod');
      this.emit(1, 'def k(cls, z=1):');
      this.emit(2, 'return cls.cattr, z');
      info.methods.push('k');
    }
    this.classes.push(info);
  }

  private funcDef(): void {
    const r = this.rng;
    const kind = r.weighted<FuncInfo['kind']>([[4, 'plain'], [2, 'gen'], [2, 'rec'], [1, 'closure']]);
    const name = this.fresh(kind === 'gen' ? 'g' : kind === 'rec' ? 'r' : 'f');
    const base = { ...this.ctx(1, []), inFunc: true, depth: 1 };
    if (kind === 'plain') {
      const nparams = r.int(0, 3);
      const params = ['a', 'b', 'c'].slice(0, nparams);
      const sig = params.map((p, i) => (i === nparams - 1 && r.chance(0.3) ? `${p}=${this.literal(base, 0)}` : p));
      if (r.chance(0.15)) sig.push('*rest');
      if (r.chance(0.1)) sig.push('**kw');
      this.emit(0, `def ${name}(${sig.join(', ')}):`);
      if (r.chance(0.2)) this.emit(1, `global ${r.pick(this.globals)}`);
      this.block({ ...base, vars: [...params, ...this.globals] }, r.int(1, 3));
      this.emit(1, `return ${this.expr({ ...base, vars: [...params, ...this.globals] }, 2)}`);
      this.funcs.push({ name, params: nparams, kind });
    } else if (kind === 'gen') {
      this.emit(0, `def ${name}(k):`);
      const i = this.fresh('i');
      this.emit(1, `for ${i} in range(k):`);
      const ctx = { ...base, indent: 2, inGen: true, inLoop: true, vars: ['k', i, ...this.globals] };
      this.block(ctx, r.int(0, 2));
      this.emit(2, `yield ${this.expr(ctx, 2)}`);
      if (r.chance(0.3)) this.emit(1, `yield from ${r.pick(['[k, k]', "'xy'", 'range(k)', 'iter(())'])}`);
      if (r.chance(0.3)) this.emit(1, `return ${this.expr({ ...base, vars: ['k'] }, 1)}`);
      this.funcs.push({ name, params: 1, kind });
    } else if (kind === 'rec') {
      this.emit(0, `def ${name}(n, acc):`);
      this.emit(1, 'if n <= 0:');
      this.emit(2, `return ${this.expr({ ...base, vars: ['acc', 'n'] }, 1)}`);
      if (r.chance(0.5)) this.emit(1, `acc = ${this.expr({ ...base, vars: ['acc', 'n'] }, 2)}`);
      this.emit(1, r.chance(0.3) ? `return ${name}(n - 1, acc) + ${name}(n - 2, acc)` : `return ${name}(n - 1, acc)`);
      this.funcs.push({ name, params: 2, kind });
    } else {
      this.emit(0, `def ${name}(start):`);
      this.emit(1, 'total = start');
      this.emit(1, 'def add(x):');
      this.emit(2, 'nonlocal total');
      this.emit(2, `total ${r.pick(['+=', '*=', '-='])} x`);
      this.emit(2, 'return total');
      this.emit(1, 'return add');
      this.funcs.push({ name, params: 1, kind });
    }
  }
}

export function generateProgram(seed: number): string {
  return new ProgramGenerator(new Rng(seed)).generate();
}
