// Writes vm/format/libm_<name>.ts from vm/format/libm_src/libm_<name>.ts, with each call of
// fma() and fmaP() (vm/format/float_words.ts) in a straight-line statement written out inline:
// V8 inlines only a few calls into one function (its cumulative inlining budget, 920 bytes of
// bytecode) and passes the doubles of the others boxed, which cost more than the arithmetic.
// The calls are hoisted into constants before their statement, innermost first (the
// arguments are plain arithmetic on variables the statement does not change); calls in one
// branch of ?:, &&, || or in nested functions stay calls. Run after editing libm_src:
//   node scripts/gen_libm_inline.mjs

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const SRC = 'vm/format/libm_src';
const OUT = 'vm/format';
const HELPERS = ['SPLIT', 'HALF_ULP', 'WIDEN', 'MARGIN', 'DEKKER_MIN', 'fmaExact'];
const SIMPLE = /^(?:[A-Za-z_$][\w$]*|\d[\d.]*(?:e[+-]?\d+)?)$/;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

function generate(file) {
  const text = readFileSync(`${SRC}/${file}`, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const edits = []; // [start, end, replacement]
  const splits = new Map(); // constant -> [hi name, lo name]
  let n = 0;

  const isFmaCall = (node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression)
    && (node.expression.text === 'fma' || node.expression.text === 'fmaP');

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
    const p = `$p${i}`, s = `$s${i}`, t = `$t${i}`, l = `$l${i}`, x = `$x${i}`, f = `$f${i}`;
    const exact = `fmaExact(${a}, ${b}, ${c})`;
    if (call.expression.text === 'fma') {
      lines.push(`const ${p} = ${a} * ${b}, ${s} = ${p} + ${c}, ${t} = ${s} - ${p};`);
      lines.push(`const ${l} = (${p} - (${s} - ${t})) + (${c} - ${t}), ${x} = Math.abs(${s});`);
      lines.push(`const ${f} = ${x} - ((Math.abs(${l}) + Math.abs(${p}) * HALF_ULP) * WIDEN + MARGIN) === ${x} ? ${s} : ${exact};`);
      return f;
    }
    if (CONSTANT.test(a) && !CONSTANT.test(b)) [a, b] = [b, a];
    lines.push(`const ${p} = ${a} * ${b}, ${t} = SPLIT * ${a}, $ah${i} = ${t} - (${t} - ${a}), $al${i} = ${a} - $ah${i};`);
    let bh, bl;
    if (CONSTANT.test(b)) {
      [bh, bl] = splitOf(b);
    } else {
      [bh, bl] = [`$bh${i}`, `$bl${i}`];
      lines.push(`const $u${i} = SPLIT * ${b}, ${bh} = $u${i} - ($u${i} - ${b}), ${bl} = ${b} - ${bh};`);
    }
    lines.push(`const $e${i} = (($ah${i} * ${bh} - ${p}) + $ah${i} * ${bl} + $al${i} * ${bh}) + $al${i} * ${bl};`);
    lines.push(`const ${s} = ${p} + ${c}, $sb${i} = ${s} - ${p}, $sl${i} = (${p} - (${s} - $sb${i})) + (${c} - $sb${i});`);
    lines.push(`const $v${i} = $sl${i} + $e${i}, $vb${i} = $v${i} - $sl${i}, $ve${i} = ($sl${i} - ($v${i} - $vb${i})) + ($e${i} - $vb${i});`);
    lines.push(`const $r${i} = ${s} + $v${i}, $rb${i} = $r${i} - ${s}, $rl${i} = (${s} - ($r${i} - $rb${i})) + ($v${i} - $rb${i}), ${x} = Math.abs($r${i});`);
    lines.push(`const ${f} = ($ve${i} === 0 ? Math.abs(${p}) > DEKKER_MIN : ${x} - ((Math.abs($rl${i}) + Math.abs($ve${i})) * WIDEN + MARGIN) === ${x}) ? $r${i} : ${exact};`);
    return f;
  }

  // Writes the statement's calls out before it (in braces when it is an if's branch).
  function expand(st, braces) {
    const simple = ts.isExpressionStatement(st) || ts.isReturnStatement(st)
      || (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1 && !braces);
    const calls = simple ? hoistable(st, []) : [];
    if (calls.length === 0) return;
    // Every fma call under the hoisted ones too (their arguments are evaluated with them).
    const all = [];
    const collect = (k) => { all.push(k); k.arguments.forEach((a) => hoistable(a, []).forEach(collect)); };
    calls.forEach(collect);
    const lines = [];
    const body = render(st, all, lines);
    const lineStart = text.lastIndexOf('\n', st.getStart(sf)) + 1;
    let indent = text.slice(lineStart, st.getStart(sf));
    if (!/^\s*$/.test(indent)) indent = text.slice(lineStart).match(/^\s*/)[0] + '  ';
    const code = lines.join(`\n${indent}`) + `\n${indent}` + body;
    const outer = indent.slice(2);
    edits.push([st.getStart(sf), st.end, braces ? `{\n${indent}${code}\n${outer}}` : code]);
  }

  function visit(node) {
    if (ts.isBlock(node)) node.statements.forEach((st) => expand(st, false));
    if (ts.isIfStatement(node)) {
      if (!ts.isBlock(node.thenStatement)) expand(node.thenStatement, true);
      if (node.elseStatement && !ts.isBlock(node.elseStatement) && !ts.isIfStatement(node.elseStatement)) expand(node.elseStatement, true);
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);

  let out = text;
  for (const [start, end, rep] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + rep + out.slice(end);
  out = out.replace(/import \{([^}]*)\} from '\.\.\/float_words\.js';/, (_, names) => {
    const list = names.split(',').map((s) => s.trim()).filter(Boolean);
    for (const h of HELPERS) if (!list.includes(h)) list.push(h);
    const used = list.filter((name) => name === 'fmaExact' || new RegExp(`\\b${name.replace('$', '\\$')}\\b`).test(out.replace(/import[^;]*;/g, '')));
    return `import { ${used.join(', ')} } from './float_words.js';`;
  });
  if (splits.size > 0) {
    out += '\n// The constants fmaP multiplies by, split for Dekker\'s product (hi has 26 bits).\n';
    for (const [name, [hi, lo]] of splits) {
      out += `const ${hi} = SPLIT * ${name} - (SPLIT * ${name} - ${name});\nconst ${lo} = ${name} - ${hi};\n`;
    }
  }
  const header = `// Generated by scripts/gen_libm_inline.mjs from vm/format/libm_src/${file}: edit that file and\n`
    + '// run `node scripts/gen_libm_inline.mjs`. Its fma() and fmaP() calls are written out inline here.\n\n';
  writeFileSync(`${OUT}/${file}`, header + out);
  return n;
}

for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts')).sort()) {
  console.log(`${OUT}/${file}: ${generate(file)} calls inline`);
}
