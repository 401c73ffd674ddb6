"""The compiler's symbol tables: for each block (module, class, function,
lambda, comprehension) the names it uses and what they are (local, global,
free, cell, parameter...), as tpy's compiler works them out (over the native
_symtable, which hands out compiler/symtable.ts's analysis)."""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM,
                       DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF, SCOPE_MASK, FREE,
                       LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """The module's SymbolTable for source code (compile_type: 'exec', 'eval' or 'single')."""
    return _table_for(_symtable.symtable(code, filename, compile_type), filename)


def _table_for(raw, filename):
    kind = raw['type']
    cls = Function if kind == _symtable.TYPE_FUNCTION else Class if kind == _symtable.TYPE_CLASS else SymbolTable
    return cls(raw, filename)


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable:
    """One block's table."""

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}
        self._children = None

    def __repr__(self):
        kind = "" if type(self) is SymbolTable else type(self).__name__ + " "
        if self._table['name'] == "top":
            return "<{}SymbolTable for module {}>".format(kind, self._filename)
        return "<{}SymbolTable for {} in {}>".format(kind, self._table['name'], self._filename)

    def get_type(self):
        """'module', 'function' or 'class'."""
        return {_symtable.TYPE_MODULE: "module", _symtable.TYPE_FUNCTION: "function",
                _symtable.TYPE_CLASS: "class"}[self._table['type']]

    def get_id(self):
        """A number that tells this table from the others of the same symtable() call."""
        return self._table['id']

    def get_name(self):
        """The class's or function's name, 'lambda', 'listcomp'..., or 'top' for the module."""
        return self._table['name']

    def get_lineno(self):
        """The first line of the block (0 for the module)."""
        return self._table['lineno']

    def is_optimized(self):
        """True for a function's block (its locals are fast locals)."""
        return self._table['type'] == _symtable.TYPE_FUNCTION

    def is_nested(self):
        """True if the block is a class or function inside a function."""
        return bool(self._table['nested'])

    def has_children(self):
        return bool(self._table['children'])

    def get_identifiers(self):
        """The names used in the block (a dict keys view, in order of first sight)."""
        return self._table['symbols'].keys()

    def lookup(self, name):
        """The Symbol for a name of this block (KeyError if it has none)."""
        found = self._symbols.get(name)
        if found is None:
            flags = self._table['symbols'][name]
            namespaces = [t for t in self.get_children() if t.get_name() == name]
            found = self._symbols[name] = Symbol(
                name, flags, namespaces, module_scope=self._table['name'] == "top")
        return found

    def get_symbols(self):
        return [self.lookup(name) for name in self.get_identifiers()]

    def get_children(self):
        """The tables of the blocks directly inside this one."""
        if self._children is None:
            self._children = [_table_for(raw, self._filename) for raw in self._table['children']]
        return list(self._children)


class Function(SymbolTable):
    """A function's (or lambda's, or comprehension's) table."""

    def _names_where(self, test):
        symbols = self._table['symbols']
        return tuple(name for name in symbols if test(symbols[name]))

    def get_parameters(self):
        return self._names_where(lambda flags: flags & DEF_PARAM)

    def get_locals(self):
        return self._names_where(lambda flags: _scope(flags) in (LOCAL, CELL))

    def get_globals(self):
        return self._names_where(lambda flags: _scope(flags) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def get_nonlocals(self):
        return self._names_where(lambda flags: flags & DEF_NONLOCAL)

    def get_frees(self):
        return self._names_where(lambda flags: _scope(flags) == FREE)


class Class(SymbolTable):
    """A class body's table."""

    def get_methods(self):
        """The names of the blocks in the class body (methods, nested classes, lambdas...), once each."""
        return tuple(dict.fromkeys(raw['name'] for raw in self._table['children']))


class Symbol:
    """A name of a block and what it is there."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return "<symbol {!r}>".format(self.__name)

    def get_name(self):
        return self.__name

    def _has(self, flag):
        return bool(self.__flags & flag)

    def is_referenced(self):
        """Used (read) in its block."""
        return self._has(USE)

    def is_parameter(self):
        return self._has(DEF_PARAM)

    def is_global(self):
        """Global: by scope, or bound at module level."""
        return self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT) or \
            (self.__module_scope and self._has(DEF_BOUND))

    def is_nonlocal(self):
        return self._has(DEF_NONLOCAL)

    def is_declared_global(self):
        """Named in a global statement."""
        return self.__scope == GLOBAL_EXPLICIT

    def is_local(self):
        """Local to its block (module-level bindings count as local too)."""
        return self.__scope in (LOCAL, CELL) or (self.__module_scope and self._has(DEF_BOUND))

    def is_annotated(self):
        return self._has(DEF_ANNOT)

    def is_free(self):
        """Read from an enclosing function's scope."""
        return self.__scope == FREE

    def is_imported(self):
        return self._has(DEF_IMPORT)

    def is_assigned(self):
        return self._has(DEF_LOCAL)

    def is_namespace(self):
        """True if the name is bound to a block of its own (def, class)."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        """The one block bound to this name (ValueError if there are none or several)."""
        if not self.__namespaces:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


if __name__ == "__main__":
    import os
    import sys
    with open(sys.argv[0]) as f:
        src = f.read()
    mod = symtable(src, os.path.split(sys.argv[0])[1], "exec")
    for ident in mod.get_identifiers():
        info = mod.lookup(ident)
        print(info, info.is_local(), info.is_namespace())
