// Writes vm/format/libm_<name>.ts from vm/format/libm_src/libm_<name>.ts, with each call of
// fma(), fmaP(), fmaC() and productError() (vm/format/float_words.ts) in a straight-line statement
// written out inline:
// V8 inlines only a few calls into one function (its cumulative inlining budget, 920 bytes of
// bytecode) and passes the doubles of the others boxed, which cost more than the arithmetic.
// The calls are hoisted into constants before their statement, innermost first (the
// arguments are plain arithmetic on variables the statement does not change); calls in one
// branch of ?:, &&, || or in nested functions stay calls. Run after editing libm_src:
//   node scripts/gen_libm_inline.mjs
// (`--check` only verifies the generated files are current: test/unit/float_words.test.ts.)

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const SRC = 'vm/format/libm_src';
const OUT = 'vm/format';
const HELPERS = ['SPLIT', 'HALF_ULP', 'WIDEN', 'MARGIN', 'DEKKER_MIN', 'INEXACT'];
const SIMPLE = /^(?:[A-Za-z_$][\w$]*|\d[\d.]*(?:e[+-]?\d+)?)$/;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

function generate(file) {
  const text = readFileSync(`${SRC}/${file}`, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const edits = []; // [start, end, replacement]
  const splits = new Map(); // constant -> [hi name, lo name]
  let n = 0;

  const isFmaCall = (node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression)
    && ['fma', 'fmaP', 'fmaC', 'productError'].includes(node.expression.text);

  // The fma calls of `node` evaluated whenever it is (not under a branch or a nested function).
  function hoistable(node, out) {
    if (ts.isFunctionLike(node) || ts.isBlock(node)) return out;
    if (isFmaCall(node)) {
      out.push(node);
      return out;
    }
    if (ts.isConditionalExpression(node)) return hoistable(node.condition, out);
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) return hoistable(node.left, out);
    ts.forEachChild(node, (c) => { hoistable(c, out); });
    return out;
  }

  function splitOf(name) {
    if (!splits.has(name)) splits.set(name, [`${name}$HI`, `${name}$LO`]);
    return splits.get(name);
  }

  // The text of `node` with its hoistable calls replaced by the constants `lines` defines.
  function render(node, calls, lines) {
    if (calls.includes(node)) return emit(node, calls, lines);
    let out = '';
    let pos = node.getStart(sf);
    node.forEachChild((c) => {
      if (!calls.some((k) => k.pos >= c.pos && k.end <= c.end)) return;
      out += text.slice(pos, c.getStart(sf)) + render(c, calls, lines);
      pos = c.end;
    });
    return out + text.slice(pos, node.end);
  }

  function emit(call, calls, lines) {
    const i = ++n;
    const args = call.arguments.map((a, k) => {
      const t = render(a, calls, lines);
      if (SIMPLE.test(t)) return t;
      lines.push(`const $${'abc'[k]}${i} = ${t};`);
      return `$${'abc'[k]}${i}`;
    });
    let [a, b, c] = args;
    const p = `$p${i}`, s = `$s${i}`, t = `$t${i}`, l = `$l${i}`, x = `$x${i}`;
    if (call.expression.text === 'fma') {
      lines.push(`const ${p} = ${a} * ${b}, ${s} = ${p} + ${c}, ${t} = ${s} - ${p};`);
      lines.push(`const ${l} = (${p} - (${s} - ${t})) + (${c} - ${t}), ${x} = Math.abs(${s});`);
      lines.push(`if (${x} - ((Math.abs(${l}) + Math.abs(${p}) * HALF_ULP) * WIDEN + MARGIN) !== ${x}) $inexact = 1;`);
      return s;
    }
    const product = call.expression.text !== 'productError';
    if (CONSTANT.test(a) && !CONSTANT.test(b)) [a, b] = [b, a];
    lines.push(`const ${product ? `${p} = ${a} * ${b}, ` : ''}${t} = SPLIT * ${a}, $ah${i} = ${t} - (${t} - ${a}), $al${i} = ${a} - $ah${i};`);
    let bh, bl;
    if (CONSTANT.test(b)) {
      [bh, bl] = splitOf(b);
    } else {
      [bh, bl] = [`$bh${i}`, `$bl${i}`];
      lines.push(`const $u${i} = SPLIT * ${b}, ${bh} = $u${i} - ($u${i} - ${b}), ${bl} = ${b} - ${bh};`);
    }
    if (!product) {
      // productError(a, b, p): c is the product a*b rounded.
      lines.push(`const $e${i} = (($ah${i} * ${bh} - ${c}) + $ah${i} * ${bl} + $al${i} * ${bh}) + $al${i} * ${bl};`);
      lines.push(`if (!(Math.abs(${c}) > DEKKER_MIN && $e${i} - $e${i} === 0)) $inexact = 1;`);
      return `$e${i}`;
    }
    lines.push(`const $e${i} = (($ah${i} * ${bh} - ${p}) + $ah${i} * ${bl} + $al${i} * ${bh}) + $al${i} * ${bl};`);
    // A zero product (of operands other than the nonzero constants).
    const zero = [a, b].filter((o) => !CONSTANT.test(o) && !/^\d/.test(o)).map((o) => `${o} === 0`).join(' || ') || 'false';
    if (call.expression.text === 'fmaC') {
      lines.push(`const $q${i} = $e${i} + ${c}, $qb${i} = $q${i} - $e${i}, $qe${i} = ($e${i} - ($q${i} - $qb${i})) + (${c} - $qb${i});`);
      lines.push(`const $r${i} = ${p} + $q${i}, $rb${i} = $r${i} - ${p}, $rl${i} = (${p} - ($r${i} - $rb${i})) + ($q${i} - $rb${i}), ${x} = Math.abs($r${i});`);
      lines.push(`if (!($qe${i} === 0 ? Math.abs(${p}) > DEKKER_MIN || ($r${i} !== 0 && (${zero})) : ${x} - ((Math.abs($rl${i}) + Math.abs($qe${i})) * WIDEN + MARGIN) === ${x})) $inexact = 1;`);
      return `$r${i}`;
    }
    lines.push(`const ${s} = ${p} + ${c}, $sb${i} = ${s} - ${p}, $sl${i} = (${p} - (${s} - $sb${i})) + (${c} - $sb${i});`);
    lines.push(`const $v${i} = $sl${i} + $e${i}, $vb${i} = $v${i} - $sl${i}, $ve${i} = ($sl${i} - ($v${i} - $vb${i})) + ($e${i} - $vb${i});`);
    lines.push(`const $r${i} = ${s} + $v${i}, $rb${i} = $r${i} - ${s}, $rl${i} = (${s} - ($r${i} - $rb${i})) + ($v${i} - $rb${i}), ${x} = Math.abs($r${i});`);
    lines.push(`if (!($ve${i} === 0 ? Math.abs(${p}) > DEKKER_MIN || ($r${i} !== 0 && (${zero})) : ${x} - ((Math.abs($rl${i}) + Math.abs($ve${i})) * WIDEN + MARGIN) === ${x})) $inexact = 1;`);
    return `$r${i}`;
  }

  // Writes the statement's calls out before it (in braces when it is an if's branch). A failed
  // check sets the function's local $inexact (a branch without a store to memory, which V8
  // would leave out of its compiled code until first taken, then deoptimise the function for);
  // a helper's return passes it on in INEXACT[0], an entry function's return gives the exact
  // function's result when either is set.
  function expand(st, braces, fn) {
    const simple = ts.isExpressionStatement(st) || ts.isReturnStatement(st)
      || (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1 && !braces);
    const calls = simple ? hoistable(st, []) : [];
    const guard = fn && ts.isReturnStatement(st) && st.expression;
    if (calls.length === 0 && !guard) return;
    // Every fma call under the hoisted ones too (their arguments are evaluated with them).
    const all = [];
    const collect = (k) => { all.push(k); k.arguments.forEach((a) => hoistable(a, []).forEach(collect)); };
    calls.forEach(collect);
    const lines = [];
    let body;
    if (guard) {
      const value = render(st.expression, all, lines);
      lines.push(`const $ret = ${value};`);
      body = fn.entry
        ? `return $inexact === 0 && INEXACT[0] === 0 ? $ret : ${fn.entry.exact}(${fn.entry.params});`
        : 'INEXACT[0] |= $inexact;\n' + 'return $ret;';
      braces = true;
    } else {
      body = render(st, all, lines);
    }
    const lineStart = text.lastIndexOf('\n', st.getStart(sf)) + 1;
    let indent = text.slice(lineStart, st.getStart(sf));
    let outer;
    if (!/^\s*$/.test(indent)) {
      // `if (...) statement` on one line
      outer = text.slice(lineStart).match(/^\s*/)[0];
      indent = outer + '  ';
    } else if (braces) {
      outer = indent;
      indent += '  ';
    }
    const code = lines.join(`\n${indent}`) + `\n${indent}` + body.replace('\n', `\n${indent}`);
    edits.push([st.getStart(sf), st.end, braces ? `{\n${indent}${code}\n${outer}}` : code]);
  }

  const entries = [];
  const hasCalls = (node) => isFmaCall(node) || (!ts.isFunctionLike(node) && ts.forEachChild(node, hasCalls) === true);
  function visit(node, fn) {
    if (ts.isFunctionLike(node)) {
      fn = null;
      const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const open = node.body ? node.body.getStart(sf) + 1 : 0;
      if (ts.isFunctionDeclaration(node) && exported && /^libm/.test(node.name.text)) {
        const name = node.name.text;
        // The arguments as passed (the body may assign its parameters).
        const params = node.parameters.map((q) => q.name.getText(sf));
        fn = { entry: { exact: `${name}$exact`, params: params.map((q) => `${q}$in`).join(', ') } };
        entries.push(name);
        edits.push([open, open, `\n  INEXACT[0] = 0;\n  let $inexact = 0;\n  const ${params.map((q) => `${q}$in = ${q}`).join(', ')};`]);
      } else if (ts.isFunctionDeclaration(node) && node.body && ts.forEachChild(node.body, hasCalls)) {
        const last = node.body.statements[node.body.statements.length - 1];
        if (!last || !ts.isReturnStatement(last)) throw new Error(`${file}: ${node.name.text} must end with a return`);
        fn = { entry: null };
        edits.push([open, open, '\n  let $inexact = 0;']);
      }
    }
    if (ts.isBlock(node)) node.statements.forEach((st) => expand(st, false, fn));
    if (ts.isIfStatement(node)) {
      if (!ts.isBlock(node.thenStatement)) expand(node.thenStatement, true, fn);
      if (node.elseStatement && !ts.isBlock(node.elseStatement) && !ts.isIfStatement(node.elseStatement)) expand(node.elseStatement, true, fn);
    }
    ts.forEachChild(node, (c) => visit(c, fn));
  }
  visit(sf, null);

  // The module's constants (the library's tables, polynomial coefficients) are the port's own,
  // imported rather than copied: one copy of each table in the bundle. The port exports them all.
  const shared = [];
  const reexported = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const) || hasCalls(st)) continue;
    const names = st.declarationList.declarations.map((d) => d.name.getText(sf));
    if (!st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) throw new Error(`${file}: top-level const ${names.join(', ')} must be exported (the generated file imports it)`);
    shared.push(...names);
    // What another generated module imports from this one (libm_pow reads libm_exp's tables).
    reexported.push(...names.filter((name) => importedFrom.get(file)?.has(name)));
    edits.push([st.getFullStart(), st.end, '']);
  }

  let out = text;
  for (const [start, end, rep] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + rep + out.slice(end);
  out = out.replace(/import \{([^}]*)\} from '\.\.\/float_words\.js';/, (_, names) => {
    const list = names.split(',').map((s) => s.trim()).filter(Boolean);
    for (const h of HELPERS) if (!list.includes(h)) list.push(h);
    const used = list.filter((name) => new RegExp(`\\b${name.replace('$', '\\$')}\\b`).test(out.replace(/import[^;]*;/g, '')));
    return `import { ${used.join(', ')} } from './float_words.js';`;
  });
  const body = out.replace(/import[^;]*;/g, '');
  const imports = [
    ...entries.map((name) => `${name} as ${name}$exact`),
    ...shared.filter((name) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(body) || splits.has(name)),
  ];
  const port = `./libm_src/${file.replace('.ts', '.js')}`;
  let portLines = '';
  if (imports.length > 0) portLines += `\nimport { ${imports.join(', ')} } from '${port}';`;
  if (reexported.length > 0) portLines += `\nexport { ${reexported.join(', ')} } from '${port}';`;
  if (portLines !== '') out = out.replace(/(import \{[^}]*\} from '\.\/float_words\.js';)/, `$1${portLines}`);
  if (splits.size > 0) {
    out += '\n// The constants fmaP multiplies by, split for Dekker\'s product (hi has 26 bits).\n';
    for (const [name, [hi, lo]] of splits) {
      out += `const ${hi} = SPLIT * ${name} - (SPLIT * ${name} - ${name});\nconst ${lo} = ${name} - ${hi};\n`;
    }
  }
  const header = `// Generated by scripts/gen_libm_inline.mjs from vm/format/libm_src/${file}: edit that file and\n`
    + '// run `node scripts/gen_libm_inline.mjs`. Its fma(), fmaP(), fmaC() and productError() calls are written out inline here.\n\n';
  if (CHECK) {
    if (readFileSync(`${OUT}/${file}`, 'utf8') !== header + out) stale.push(`${OUT}/${file}`);
  } else {
    writeFileSync(`${OUT}/${file}`, header + out);
  }
  return n;
}

// --check: write nothing, fail when a generated file differs from what its source gives.
const CHECK = process.argv.includes('--check');
const stale = [];
const PORTS = readdirSync(SRC).filter((f) => f.endsWith('.ts')).sort();
// The names each port imports from another (`./libm_exp.js`): its generated twin imports them
// from the other's generated twin, which re-exports the constants among them.
const importedFrom = new Map();
for (const file of PORTS) {
  const sf = ts.createSourceFile(file, readFileSync(`${SRC}/${file}`, 'utf8'), ts.ScriptTarget.ES2022, true);
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings || !ts.isNamedImports(st.importClause.namedBindings)) continue;
    const m = /^\.\/(libm_\w+)\.js$/.exec(st.moduleSpecifier.text);
    if (m === null) continue;
    const names = importedFrom.get(`${m[1]}.ts`) ?? new Set();
    for (const el of st.importClause.namedBindings.elements) names.add((el.propertyName ?? el.name).text);
    importedFrom.set(`${m[1]}.ts`, names);
  }
}
for (const file of PORTS) {
  const n = generate(file);
  if (!CHECK) console.log(`${OUT}/${file}: ${n} calls inline`);
}
if (stale.length > 0) {
  console.error(`not generated from vm/format/libm_src (run node scripts/gen_libm_inline.mjs): ${stale.join(', ')}`);
  process.exit(1);
}
