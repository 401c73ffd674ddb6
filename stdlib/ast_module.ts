// The `_ast` module (the node classes and the PyCF_* flags), and what compile() does with ASTs.

import type { PyObject } from '../vm/objects/object.js';
import type { Code } from '../vm/code.js';
import { compileAst, parseShowingWarnings } from '../compiler/compile.js';
import { emitSyntaxWarnings } from './syntax_warning_emit.js';
import { checkNoNullBytes, withSyntaxErrors } from '../compiler/syntax_error_exception.js';
import { vmProgramText } from './vm_program_text.js';
import { astClasses } from './ast_classes.js';
import { astToPy } from './ast_to_py.js';
import { astFromPy } from './ast_from_py.js';
import type { ModuleInit, VM } from '../vm/vm.js';

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export const init__ast: ModuleInit = (vm, m) => {
  for (const [name, cls] of astClasses(vm).byName) m.dict.setStr(name, cls);
  m.dict.setStr('PyCF_ONLY_AST', PyCF_ONLY_AST);
  m.dict.setStr('PyCF_TYPE_COMMENTS', PyCF_TYPE_COMMENTS);
  m.dict.setStr('PyCF_ALLOW_TOP_LEVEL_AWAIT', PyCF_ALLOW_TOP_LEVEL_AWAIT);
};

/** compile(source, filename, mode, PyCF_ONLY_AST): the parse tree as `ast` node objects. */
export function parseToAst(vm: VM, source: string, filename: string, mode: 'exec' | 'eval' | 'single'): PyObject {
  checkNoNullBytes(source);
  const tree = withSyntaxErrors(() =>
    parseShowingWarnings(source, filename, mode, false, (warnings, asError) => emitSyntaxWarnings(vm, filename, warnings, asError)));
  return astToPy(vm, tree, source);
}

/** compile(tree, filename, mode): the code of an `ast` tree (made by ast.parse, or by hand). */
export function compileAstObject(vm: VM, tree: PyObject, filename: string, mode: 'exec' | 'eval' | 'single', optimize = vm.optimize): Code {
  const mod = astFromPy(vm, tree, mode);
  return withSyntaxErrors(() => compileAst(mod, filename, mode, '', undefined, optimize, { recursionLimit: vm.recursionLimit, callDepth: vm.depth - 1 }),
    vmProgramText(vm));
}
