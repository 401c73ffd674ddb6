// The well-typed half of the program generator: expressions and statements over variables whose
// type is known (int, float, str, list of int, dict of str to int, bool), so that most of them run
// instead of failing at the first operator. They reach deeper into the VM (loops that really
// iterate, sorting with keys, user classes with working dunder methods, recursion, generators)
// while the untyped half (generate.ts) covers the error paths.
//
// Sizes stay bounded: assignments cut strings, lists and ints down (`[:40]`, `% 1000003`), loops
// iterate over copies (`L[:8]`), and divisors are never zero (`(x or 1)`).

import { Rng } from './prng.js';

export type Ty = 'int' | 'float' | 'str' | 'list' | 'dict' | 'bool';
export type TypedVars = Record<Exclude<Ty, 'bool'>, string[]>;

export interface TypedCtx {
  indent: number;
  /** Variables of each type that expressions may read. */
  vars: TypedVars;
  /** Variables that statements may assign (never loop variables or parameters of the caller's loops). */
  assignable: TypedVars;
  inLoop: boolean;
  inFunc: boolean;
  depth: number;
}

const SAFE_STRS = ["''", "'a'", "'abc'", "'hello world'", "'x,y,z'", "'  pad  '", "'A1b2'", "'é'", "'42'", "'-7'", "'Zz'", "'a b c'"];
const FLOATS = ['0.0', '1.5', '-2.25', '0.1', '3.14159', '1e-7', '2.5e10', '7.0', '-0.5', '1e16'];
const CMP = ['<', '<=', '>', '>=', '==', '!='];

export interface TypedFunc {
  name: string;
  kind: 'int2' | 'rec' | 'gen' | 'str1';
}

export class TypedGen {
  funcs: TypedFunc[] = [];
  hasPoint = false;
  hasMath = false;
  private counter = 0;
  private emitted = 0;
  private readonly emit: (indent: number, text: string) => void;

  constructor(private readonly rng: Rng, emit: (indent: number, text: string) => void) {
    this.emit = (indent, text) => {
      this.emitted++;
      emit(indent, text);
    };
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  static emptyVars(): TypedVars {
    return { int: [], float: [], str: [], list: [], dict: [] };
  }

  static withVar(vars: TypedVars, ty: keyof TypedVars, name: string): TypedVars {
    return { ...vars, [ty]: [...vars[ty], name] };
  }

  // ---- expressions ----

  expr(ctx: TypedCtx, ty: Ty, depth: number): string {
    switch (ty) {
      case 'int': return this.int(ctx, depth);
      case 'float': return this.float(ctx, depth);
      case 'str': return this.str(ctx, depth);
      case 'list': return this.list(ctx, depth);
      case 'dict': return this.dict(ctx, depth);
      case 'bool': return this.bool(ctx, depth);
    }
  }

  anyExpr(ctx: TypedCtx, depth: number): string {
    return this.expr(ctx, this.rng.pick<Ty>(['int', 'int', 'float', 'str', 'str', 'list', 'dict', 'bool']), depth);
  }

  private var(ctx: TypedCtx, ty: keyof TypedVars): string | null {
    const vs = ctx.vars[ty];
    return vs.length ? this.rng.pick(vs) : null;
  }

  /** An expression with a fresh variable `x` of type `ty` in scope (for lambdas and comprehensions). */
  private withX(ctx: TypedCtx, ty: keyof TypedVars, x: string): TypedCtx {
    return { ...ctx, vars: TypedGen.withVar(ctx.vars, ty, x) };
  }

  int(ctx: TypedCtx, depth: number): string {
    const r = this.rng;
    const v = this.var(ctx, 'int');
    if (depth <= 0 || r.chance(0.2)) return v && r.chance(0.7) ? v : String(r.int(-5, 20));
    const d = depth - 1;
    const I = () => this.int(ctx, d);
    const choices: [number, () => string][] = [
      [6, () => `(${I()} ${r.pick(['+', '-', '*'])} ${I()})`],
      [3, () => `(${I()} ${r.pick(['//', '%'])} (${I()} or 1))`],
      [2, () => `(${I()} ${r.pick(['&', '|', '^'])} ${I()})`],
      [1, () => `(${I()} ${r.pick(['<<', '>>'])} ${r.int(0, 4)})`],
      [1, () => `(${I()} ** ${r.int(0, 3)})`],
      [1, () => `(-${I()})`],
      [3, () => `len(${this.expr(ctx, r.pick<Ty>(['str', 'list', 'dict']), d)})`],
      [2, () => `${r.pick(['abs', 'int'])}(${I()})`],
      [2, () => `${r.pick(['min', 'max'])}(${I()}, ${I()})`],
      [2, () => `sum(${this.list(ctx, d)})`],
      [2, () => {
        const L = this.list(ctx, d);
        return `(${L} or [0])[${I()} % len(${L} or [0])]`;
      }],
      [2, () => `${this.str(ctx, d)}.${r.pick(['count', 'find', 'rfind'])}(${this.str(ctx, d)})`],
      [1, () => `ord((${this.str(ctx, d)} or 'a')[0])`],
      [1, () => `${r.pick(['int', 'round'])}(${this.float(ctx, d)})`],
      [2, () => `(${I()} if ${this.bool(ctx, d)} else ${I()})`],
      [2, () => `${this.dict(ctx, d)}.get(${this.str(ctx, d)}, ${I()})`],
      [1, () => `len([x for x in ${this.list(ctx, d)} if ${this.bool(this.withX(ctx, 'int', 'x'), d)}])`],
      [1, () => `sum(x * x for x in range(${I()} % 7))`],
      [1, () => `int(${r.pick(["'12'", "'-3'", "' 7 '", "'0'", "'1_000'"])})`],
      [1, () => `int(${r.pick(["'ff'", "'101'", "'z'", "'7'"])}, ${r.pick(['16', '2', '36', '8'])})`],
      [1, () => `${r.pick(['True', 'False'])} + ${I()}`],
      [1, () => `divmod(${I()}, (${I()} or 1))[${r.int(0, 1)}]`],
      [1, () => `(${I()}).bit_length()`],
      [1, () => `${this.list(ctx, d)}.count(${I()})`],
      [1, () => `hash(${I()}) % 1000`],
    ];
    for (const f of this.funcs) {
      if (f.kind === 'int2') choices.push([2, () => `${f.name}(${I()}, ${I()})`]);
      if (f.kind === 'rec') choices.push([1, () => `${f.name}(${I()} % 12)`]);
      if (f.kind === 'gen') choices.push([1, () => `sum(${f.name}(${I()} % 6))`]);
    }
    if (this.hasPoint) {
      choices.push([1, () => `(Point(${I()}) + Point(${I()})).v`]);
      choices.push([1, () => `max(Point(${I()}), Point(${I()}), Point(${I()})).v`]);
      choices.push([1, () => `len({Point(${I()}), Point(${I()}), Point(${I()} % 3)})`]);
      choices.push([1, () => `sorted([Point(${I()}), Point(${I()})])[0].v`]);
    }
    return r.weighted(choices)();
  }

  float(ctx: TypedCtx, depth: number): string {
    const r = this.rng;
    const v = this.var(ctx, 'float');
    if (depth <= 0 || r.chance(0.2)) return v && r.chance(0.6) ? v : r.pick(FLOATS);
    const d = depth - 1;
    const F = () => this.float(ctx, d);
    const choices: [number, () => string][] = [
      [5, () => `(${F()} ${r.pick(['+', '-', '*'])} ${F()})`],
      [2, () => `(${F()} / (${F()} or 1.0))`],
      [2, () => `(${this.int(ctx, d)} / (${this.int(ctx, d)} or 1))`],
      [2, () => `float(${this.int(ctx, d)})`],
      [1, () => `abs(${F()})`],
      [1, () => `round(${F()}, ${r.int(0, 3)})`],
      [1, () => `(${F()} ** 2)`],
      [1, () => `${r.pick(['min', 'max'])}(${F()}, ${F()})`],
      [1, () => `(${F()} // (${F()} or 1.0))`],
      [1, () => `(${F()} % (${F()} or 1.0))`],
      [1, () => `float(${r.pick(["'1.5'", "'-0.25'", "'1e3'", "'inf'", "' 2 '"])})`],
    ];
    if (this.hasMath) choices.push([2, () => `math.${r.pick(['sqrt', 'floor', 'ceil', 'fabs', 'trunc'])}(abs(${F()}))`]);
    return r.weighted(choices)();
  }

  str(ctx: TypedCtx, depth: number): string {
    const r = this.rng;
    const v = this.var(ctx, 'str');
    if (depth <= 0 || r.chance(0.2)) return v && r.chance(0.6) ? v : r.pick(SAFE_STRS);
    const d = depth - 1;
    const S = () => this.str(ctx, d);
    const I = () => this.int(ctx, d);
    const simple = (ty: keyof TypedVars): string => this.var(ctx, ty) ?? (ty === 'str' ? "'s'" : ty === 'int' ? '3' : ty === 'float' ? '1.5' : ty === 'list' ? '[1, 2]' : "{'k': 1}");
    const choices: [number, () => string][] = [
      [4, () => `(${S()} + ${S()})`],
      [1, () => `(${S()} * (${I()} % 3))`],
      [3, () => `${r.pick(['str', 'repr'])}(${this.anyExpr(ctx, d)})`],
      [3, () => `${S()}.${r.pick(['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize', 'lstrip', 'casefold'])}()`],
      [2, () => `${S()}.replace(${S()}, ${S()})`],
      [2, () => `${S()}[${I()}:${I()}]`],
      [1, () => `${S()}[::${r.pick(['-1', '2', '-2'])}]`],
      [2, () => `${r.pick(["', '", "'-'", "''"])}.join(${r.pick([`[str(x) for x in ${this.list(ctx, d)}]`, `${S()}.split()`, `sorted(${this.dict(ctx, d)})`, `${S()}.split(',')`, `reversed(${S()})`])})`],
      // Inside an f-string replacement field: only names (no quotes, no backslashes in 3.11).
      [2, () => `f"{${simple('int')}:>4}|{${simple('str')}!r}|{${simple('float')}:.2f}|{${simple('list')}}"`],
      [1, () => `f"{${simple('int')}:0${r.int(1, 6)}d}{${simple('int')}:+}{${simple('int')}:x}{${simple('float')}:e}{${simple('str')}:^9}"`],
      [2, () => `(${r.pick(["'%s=%d'", "'%r|%5d'", "'%-6s|%x'"])} % (${S()}, ${I()}))`],
      [1, () => `'%.3f' % ${this.float(ctx, d)}`],
      [2, () => `${r.pick(["'{}:{}'", "'{1}-{0}'", "'{!r}{:>3}'", "'{0}{0}{1}'"])}.format(${I()}, ${S()})`],
      [1, () => `chr(65 + ${I()} % 26)`],
      [1, () => `(${S()} if ${this.bool(ctx, d)} else ${S()})`],
      [1, () => `${S()}.${r.pick(['center', 'ljust', 'rjust'])}(${I()} % 12, '*')`],
      [1, () => `${S()}.zfill(${I()} % 8)`],
      [1, () => `format(${I()}, ${r.pick(["'x'", "'b'", "'o'", "','", "'>6'", "'^7'", "'08d'", "'+'"])})`],
      [1, () => `format(${this.float(ctx, d)}, ${r.pick(["'.2f'", "'e'", "'g'", "'%'", "'>10.3'", "','"])})`],
      [1, () => `${r.pick(['hex', 'bin', 'oct'])}(${I()})`],
      [1, () => `${S()}.partition(${r.pick(["','", "' '", "'a'"])})[${r.int(0, 2)}]`],
    ];
    for (const f of this.funcs) if (f.kind === 'str1') choices.push([2, () => `${f.name}(${S()})`]);
    if (this.hasPoint) choices.push([1, () => `repr(Point(${I()}))`], [1, () => `str(sorted([Point(${I()}), Point(${I()})]))`]);
    return r.weighted(choices)();
  }

  list(ctx: TypedCtx, depth: number): string {
    const r = this.rng;
    const v = this.var(ctx, 'list');
    const I = (dd: number) => this.int(ctx, dd);
    if (depth <= 0 || r.chance(0.2)) {
      if (v && r.chance(0.7)) return v;
      const n = r.int(0, 4);
      return `[${Array.from({ length: n }, () => String(r.int(-3, 9))).join(', ')}]`;
    }
    const d = depth - 1;
    const L = () => this.list(ctx, d);
    const xctx = this.withX(ctx, 'int', 'x');
    const choices: [number, () => string][] = [
      [2, () => `[${I(d)}, ${I(d)}]`],
      [2, () => `(${L()} + ${L()})[:12]`],
      [3, () => `sorted(${L()}${r.chance(0.3) ? ', reverse=True' : ''})`],
      [2, () => `sorted(${L()}, key=lambda x: ${this.int(xctx, d)})`],
      [1, () => `${L()}[::-1]`],
      [3, () => `[${this.int(xctx, d)} for x in ${L()}]`],
      [2, () => `[x for x in ${L()} if ${this.bool(xctx, d)}]`],
      [2, () => `list(range(${I(d)} % 6))`],
      [1, () => `list(range(${I(d)} % 5, ${I(d)} % 9, ${r.pick(['1', '2', '-1', '3'])}))`],
      [1, () => `list(map(${r.pick(['abs', 'int', 'lambda x: x * 2', 'lambda x: -x', 'lambda x: x % 3'])}, ${L()}))`],
      [1, () => `list(filter(${r.pick(['None', 'lambda x: x > 0', 'lambda x: x % 2'])}, ${L()}))`],
      [1, () => `list(${this.dict(ctx, d)}.values())`],
      [1, () => `[len(s) for s in ${this.str(ctx, d)}.split()]`],
      [1, () => `${L()}[${I(d)}:${I(d)}]`],
      [1, () => `list(reversed(${L()}))`],
      [1, () => `[i * j for i, j in zip(${L()}, ${L()})]`],
      [1, () => `[i for i, _ in enumerate(${L()})]`],
      [1, () => `[${I(d)}] * (${I(d)} % 4)`],
      [1, () => `[*${L()}, *${L()}][:10]`],
    ];
    for (const f of this.funcs) if (f.kind === 'gen') choices.push([2, () => `list(${f.name}(${I(d)} % 6))`]);
    return r.weighted(choices)();
  }

  dict(ctx: TypedCtx, depth: number): string {
    const r = this.rng;
    const v = this.var(ctx, 'dict');
    if (depth <= 0 || r.chance(0.2)) {
      if (v && r.chance(0.7)) return v;
      const n = r.int(0, 3);
      return `{${Array.from({ length: n }, () => `${r.pick(["'a'", "'b'", "'k'", "'zz'", "''"])}: ${r.int(-3, 9)}`).join(', ')}}`;
    }
    const d = depth - 1;
    const D = () => this.dict(ctx, d);
    const choices: [number, () => string][] = [
      [2, () => `{${this.str(ctx, d)}: ${this.int(ctx, d)}}`],
      [2, () => `{str(x): x for x in ${this.list(ctx, d)}}`],
      [1, () => `dict(zip(${this.str(ctx, d)}.split(), ${this.list(ctx, d)}))`],
      [2, () => `{**${D()}, ${this.str(ctx, d)}: ${this.int(ctx, d)}}`],
      [1, () => `dict(${D()})`],
      [1, () => `{k: v for k, v in ${D()}.items() if ${this.bool(this.withX(ctx, 'int', 'v'), d)}}`],
      [1, () => `dict.fromkeys(${this.str(ctx, d)}, ${this.int(ctx, d)})`],
      [1, () => `(${D()} | ${D()})`],
    ];
    return r.weighted(choices)();
  }

  bool(ctx: TypedCtx, depth: number): string {
    const r = this.rng;
    if (depth <= 0) return r.pick(['True', 'False', `(${this.int(ctx, 0)} > 0)`]);
    const d = depth - 1;
    const choices: [number, () => string][] = [
      [4, () => `(${this.int(ctx, d)} ${r.pick(CMP)} ${this.int(ctx, d)})`],
      [2, () => `(${this.str(ctx, d)} ${r.pick(CMP)} ${this.str(ctx, d)})`],
      [1, () => `(${this.float(ctx, d)} ${r.pick(CMP)} ${this.float(ctx, d)})`],
      [1, () => `(${this.int(ctx, d)} < ${this.int(ctx, d)} <= ${this.int(ctx, d)})`],
      [2, () => `(${this.int(ctx, d)} ${r.pick(['in', 'not in'])} ${this.list(ctx, d)})`],
      [1, () => `(${this.str(ctx, d)} in ${this.str(ctx, d)})`],
      [1, () => `(${this.str(ctx, d)} in ${this.dict(ctx, d)})`],
      [1, () => `(not ${this.bool(ctx, d)})`],
      [2, () => `(${this.bool(ctx, d)} ${r.pick(['and', 'or'])} ${this.bool(ctx, d)})`],
      [1, () => `isinstance(${this.anyExpr(ctx, d)}, ${r.pick(['int', 'str', 'list', 'dict', 'float', 'bool', '(int, float)'])})`],
      [1, () => `${this.str(ctx, d)}.${r.pick(['startswith', 'endswith'])}(${this.str(ctx, d)})`],
      [1, () => `${this.str(ctx, d)}.${r.pick(['isdigit', 'isalpha', 'isspace', 'isupper', 'islower'])}()`],
      [1, () => `${r.pick(['all', 'any'])}(${this.bool(this.withX(ctx, 'int', 'x'), d)} for x in ${this.list(ctx, d)})`],
      [1, () => `bool(${this.expr(ctx, r.pick<Ty>(['list', 'str', 'dict', 'int']), d)})`],
      [1, () => `(${this.list(ctx, d)} ${r.pick(['==', '<', '!='])} ${this.list(ctx, d)})`],
      [1, () => `(${this.dict(ctx, d)} == ${this.dict(ctx, d)})`],
    ];
    if (this.hasPoint) choices.push([1, () => `(Point(${this.int(ctx, d)}) ${r.pick(['==', '<', '!='])} Point(${this.int(ctx, d)}))`]);
    return r.weighted(choices)();
  }

  // ---- statements ----

  block(ctx: TypedCtx, n: number): void {
    const before = this.emitted;
    for (let i = 0; i < n; i++) this.stmt(ctx);
    if (this.emitted === before) this.emit(ctx.indent, 'pass');
  }

  stmt(ctx: TypedCtx): void {
    const r = this.rng;
    const ind = ctx.indent;
    const e = (ty: Ty, d = 2) => this.expr(ctx, ty, d);
    const pickVar = (ty: keyof TypedVars): string | null => (ctx.assignable[ty].length ? r.pick(ctx.assignable[ty]) : null);
    const inner = (extra: Partial<TypedCtx> = {}): TypedCtx => ({ ...ctx, indent: ind + 1, depth: ctx.depth + 1, ...extra });
    const choices: [number, () => void][] = [
      [5, () => this.emit(ind, `print(${this.anyExpr(ctx, 2)}${r.chance(0.4) ? `, ${this.anyExpr(ctx, 2)}` : ''})`)],
      [3, () => {
        const v = pickVar('int');
        if (v) this.emit(ind, `${v} = ${e('int', 3)} % 1000003`);
        else this.emit(ind, `print(${e('int', 3)})`);
      }],
      [1, () => {
        const v = pickVar('float');
        if (v) this.emit(ind, `${v} = ${e('float', 2)}`);
      }],
      [2, () => {
        const v = pickVar('str');
        if (v) this.emit(ind, `${v} = ${e('str', 3)}[:40]`);
      }],
      [2, () => {
        const v = pickVar('list');
        if (v) this.emit(ind, `${v} = ${e('list', 3)}[:12]`);
      }],
      [1, () => {
        const v = pickVar('dict');
        if (v) this.emit(ind, `${v} = ${e('dict', 2)}`);
      }],
      [3, () => {
        const v = pickVar('list');
        if (!v) return;
        this.emit(ind, r.pick([
          `${v}.append(${e('int')})`, `${v}.sort()`, `${v}.reverse()`, `${v}.insert(0, ${e('int')})`,
          `${v}.extend(${v}[:3])`, `del ${v}[:1]`, `${v}.sort(key=lambda x: ${this.int(this.withX(ctx, 'int', 'x'), 2)})`,
          `if ${v}: ${v}[${e('int')} % len(${v})] = ${e('int')}`, `${v}.pop() if ${v} else None`,
          `${v}[1:3] = ${e('list', 1)}[:3]`, `${v} += ${e('list', 1)}[:2]`, `${v} *= ${r.pick(['0', '1', '2'])}; del ${v}[12:]`,
        ]));
      }],
      [2, () => {
        const v = pickVar('dict');
        if (!v) return;
        this.emit(ind, r.pick([
          `${v}[${e('str')}] = ${e('int')}`, `${v}.pop(${e('str')}, None)`, `${v}.setdefault(${e('str')}, ${e('int')})`,
          `${v}.update(${e('dict', 1)})`, `${v} |= ${e('dict', 1)}`,
        ]));
      }],
      [2, () => {
        const v = pickVar('int');
        // A bounded right-hand side: `x *= x` in a loop would grow without limit.
        if (v) this.emit(ind, `${v} ${r.pick(['+=', '-=', '*=', '//=', '%=', '|=', '^=', '<<='])} (${e('int', 1)} % ${r.pick(['7', '97', '5'])} or 1)`);
      }],
      [1, () => {
        const v = pickVar('str');
        if (v) this.emit(ind, `${v} = (${v} + ${e('str')})[-30:]`);
      }],
      [1, () => this.emit(ind, `assert ${e('bool')}, ${e('str')}`)],
      [1, () => {
        const a = pickVar('int');
        const b = pickVar('int');
        if (a && b && a !== b) this.emit(ind, `${a}, ${b} = divmod(${e('int')}, (${e('int')} or 1))`);
      }],
      [1, () => {
        const a = pickVar('int');
        const l = pickVar('list');
        if (a && l) this.emit(ind, `${a}, *${l} = ${e('list')} or [0]`);
      }],
    ];
    if (ctx.inLoop) choices.push([1, () => this.emit(ind, `if ${e('bool')}: ${r.pick(['break', 'continue'])}`)]);
    if (ctx.inFunc) choices.push([1, () => this.emit(ind, `if ${e('bool')}: return ${e('int')}`)]);
    if (ctx.depth < 2) {
      choices.push(
        [3, () => {
          this.emit(ind, `if ${e('bool')}:`);
          this.block(inner(), r.int(1, 2));
          if (r.chance(0.4)) {
            this.emit(ind, 'else:');
            this.block(inner(), 1);
          }
        }],
        [3, () => {
          const x = this.fresh('x');
          const kind = r.int(0, 4);
          let vars = ctx.vars;
          if (kind === 0) {
            this.emit(ind, `for ${x} in ${e('list')}[:8]:`);
            vars = TypedGen.withVar(vars, 'int', x);
          } else if (kind === 1) {
            this.emit(ind, `for ${x} in ${e('str')}[:8]:`);
            vars = TypedGen.withVar(vars, 'str', x);
          } else if (kind === 2) {
            this.emit(ind, `for ${x} in list(${e('dict')})[:8]:`);
            vars = TypedGen.withVar(vars, 'str', x);
          } else if (kind === 3) {
            this.emit(ind, `for ${x}, ${x}v in list(${e('dict')}.items())[:8]:`);
            vars = TypedGen.withVar(TypedGen.withVar(vars, 'str', x), 'int', `${x}v`);
          } else {
            this.emit(ind, `for ${x}, ${x}v in enumerate(${e('list')}[:8]):`);
            vars = TypedGen.withVar(TypedGen.withVar(vars, 'int', x), 'int', `${x}v`);
          }
          this.block(inner({ inLoop: true, vars }), r.int(1, 3));
          if (r.chance(0.15)) {
            this.emit(ind, 'else:');
            this.block(inner(), 1);
          }
        }],
        [1, () => {
          const w = this.fresh('w');
          this.emit(ind, `${w} = 0`);
          this.emit(ind, `while ${w} < ${r.int(1, 6)}:`);
          this.emit(ind + 1, `${w} += 1`);
          this.block(inner({ inLoop: true, vars: TypedGen.withVar(ctx.vars, 'int', w) }), r.int(1, 3));
        }],
        [3, () => {
          this.emit(ind, 'try:');
          this.block(inner(), r.int(1, 3));
          if (r.chance(0.5)) this.emit(ind + 1, `if ${e('bool')}: raise ${r.pick(['ValueError', 'KeyError', 'IndexError', 'RuntimeError', 'ZeroDivisionError'])}(${e('str', 1)})`);
          const name = this.fresh('err');
          this.emit(ind, `except ${r.pick(['(ValueError, KeyError)', 'Exception', 'LookupError', '(ZeroDivisionError, OverflowError, ValueError)', 'RuntimeError'])} as ${name}:`);
          this.emit(ind + 1, `print('caught', type(${name}).__name__, ${name})`);
          if (r.chance(0.3)) this.block(inner(), 1);
          if (r.chance(0.3)) {
            this.emit(ind, 'else:');
            this.block(inner(), 1);
          }
          if (r.chance(0.4)) {
            this.emit(ind, 'finally:');
            this.block(inner(), 1);
          }
        }],
      );
    }
    r.weighted(choices)();
  }

  // ---- definitions ----

  /** A class with working dunder methods: arithmetic, ordering, equality and hashing, repr. */
  pointClass(): void {
    this.hasPoint = true;
    const lines = [
      'class Point:',
      '    def __init__(self, v):',
      '        self.v = v',
      '    def __add__(self, other):',
      '        return Point(self.v + other.v)',
      '    def __eq__(self, other):',
      '        return isinstance(other, Point) and self.v == other.v',
      '    def __lt__(self, other):',
      '        return self.v < other.v',
      '    def __hash__(self):',
      '        return hash(self.v)',
      '    def __repr__(self):',
      "        return 'Point(%r)' % (self.v,)",
    ];
    for (const l of lines) this.emit(0, l);
  }

  funcDef(globals: TypedVars): void {
    const r = this.rng;
    const kind = r.pick<TypedFunc['kind']>(['int2', 'int2', 'rec', 'gen', 'str1']);
    const name = this.fresh(`t${kind === 'gen' ? 'g' : kind === 'rec' ? 'r' : 'f'}`);
    const base: TypedCtx = { indent: 1, vars: globals, assignable: TypedGen.emptyVars(), inLoop: false, inFunc: true, depth: 1 };
    if (kind === 'int2' || kind === 'str1') {
      const params = kind === 'int2' ? ['a', 'b'] : ['s'];
      this.emit(0, `def ${name}(${params.join(', ')}):`);
      let vars = kind === 'int2' ? TypedGen.withVar(TypedGen.withVar(globals, 'int', 'a'), 'int', 'b') : TypedGen.withVar(globals, 'str', 's');
      this.emit(1, 'acc = 0');
      this.emit(1, "out = []");
      vars = TypedGen.withVar(TypedGen.withVar(vars, 'int', 'acc'), 'list', 'out');
      const assignable: TypedVars = { ...TypedGen.emptyVars(), int: ['acc'], list: ['out'] };
      const ctx: TypedCtx = { ...base, vars, assignable };
      this.block(ctx, r.int(1, 3));
      this.emit(1, `return ${this.expr(ctx, kind === 'int2' ? 'int' : 'str', 2)}`);
    } else if (kind === 'rec') {
      this.emit(0, `def ${name}(n):`);
      this.emit(1, 'if n <= 0:');
      this.emit(2, `return ${this.int({ ...base, vars: globals }, 1)}`);
      const ctx: TypedCtx = { ...base, vars: TypedGen.withVar(globals, 'int', 'n') };
      this.emit(1, `return ${name}(n - 1) ${r.pick(['+', '-', '*', '^'])} ${this.int(ctx, 1)}`);
    } else {
      this.emit(0, `def ${name}(n):`);
      this.emit(1, 'for i in range(n):');
      const ctx: TypedCtx = { ...base, indent: 2, vars: TypedGen.withVar(TypedGen.withVar(globals, 'int', 'n'), 'int', 'i'), inLoop: true };
      if (r.chance(0.4)) this.block(ctx, 1);
      this.emit(2, `yield ${this.int(ctx, 2)}`);
      if (r.chance(0.3)) this.emit(1, `yield from ${r.pick(['range(n)', '[n, -n]', '(i * i for i in range(3))'])}`);
    }
    this.funcs.push({ name, kind });
  }
}
