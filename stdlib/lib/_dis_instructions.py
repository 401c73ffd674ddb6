"""dis.get_instructions, dis.Bytecode and dis.Instruction, over tpy's bytecode.

tpy's instructions are CPython 3.7's shape (docs/differences.md), so the opnames, offsets and
arguments these give are the ones dis.dis() lists for tpy, not CPython 3.11's; the fields and
the API are 3.11's. dis loads this module when one of its names is first asked for.
"""

import collections
import io
import sys
import types

import dis as _dis

__all__ = ['Instruction', 'Positions', 'get_instructions', 'Bytecode', 'findlabels',
           'COMPILER_FLAG_NAMES', 'pretty_flags']

COMPILER_FLAG_NAMES = {1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS',
                       16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE',
                       256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR'}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    '_Instruction', ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
                     'is_jump_target', 'positions'], defaults=[None])
_Instruction.__module__ = 'dis'


class Instruction(_Instruction):
    """Details for a bytecode operation (tpy's bytecode: see this module's doc string)."""


Instruction.__module__ = 'dis'
Positions.__module__ = 'dis'


def _code_of(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        try:
            return compile(x, '<disassembly>', 'eval')
        except SyntaxError:
            return compile(x, '<disassembly>', 'exec')
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _args(code):
    """(offset, opcode, arg or None) of each instruction, EXTENDED_ARG folded in."""
    extended = 0
    for offset in range(0, len(code), 2):
        op = code[offset]
        if op >= _dis.HAVE_ARGUMENT:
            arg = code[offset + 1] | extended
            extended = arg << 8 if op == _dis.EXTENDED_ARG else 0
        else:
            arg = None
            extended = 0
        yield offset, op, arg


def findlabels(code):
    """The offsets in a bytecode string that are jump targets."""
    labels = []
    hasjrel, hasjabs = set(_dis.hasjrel), set(_dis.hasjabs)
    for offset, op, arg in _args(code):
        if arg is None:
            continue
        if op in hasjrel:
            label = offset + 2 + arg
        elif op in hasjabs:
            label = arg
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


def _instructions(co, line_offset=0):
    code = co.co_code
    labels = set(findlabels(code))
    starts = dict(_dis.findlinestarts(co))
    cells = co.co_cellvars + co.co_freevars
    positions = list(co.co_positions())
    kinds = {}
    for name, ops in (('const', _dis.hasconst), ('name', _dis.hasname), ('jrel', _dis.hasjrel),
                      ('jabs', _dis.hasjabs), ('local', _dis.haslocal),
                      ('compare', _dis.hascompare), ('free', _dis.hasfree)):
        for op in ops:
            kinds[op] = name
    format_value = _dis.opmap.get('FORMAT_VALUE')
    for index, (offset, op, arg) in enumerate(_args(code)):
        argval, argrepr = arg, ''
        if arg is not None:
            kind = kinds.get(op)
            if kind == 'const':
                argval = co.co_consts[arg]
                argrepr = repr(argval)
            elif kind == 'name':
                argval = argrepr = co.co_names[arg]
            elif kind == 'jrel':
                argval = offset + 2 + arg
                argrepr = 'to ' + repr(argval)
            elif kind == 'jabs':
                argval = arg
            elif kind == 'local':
                argval = argrepr = co.co_varnames[arg]
            elif kind == 'compare':
                argval = argrepr = _dis.cmp_op[arg]
            elif kind == 'free':
                argval = argrepr = cells[arg]
            elif op == format_value:
                argval = ((None, str, repr, ascii)[arg & 0x3], bool(arg & 0x4))
                argrepr = ('', 'str', 'repr', 'ascii')[arg & 0x3]
                if argval[1]:
                    argrepr += ', with format' if argrepr else 'with format'
        line = starts.get(offset)
        if line is not None:
            line += line_offset
        where = Positions(*positions[index]) if index < len(positions) else Positions()
        yield Instruction(_dis.opname[op], op, arg, argval, argrepr, offset, line,
                          offset in labels, where)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of the Instructions of a function, method, code object or source string."""
    co = _code_of(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, offset)


class Bytecode:
    """The bytecode of a function, method, code object or source string: iterating it gives
    its Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _code_of(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _dis.code_info(self.codeobj)

    def dis(self):
        out = io.StringIO()
        _dis.disassemble(self.codeobj, file=out)
        return out.getvalue()
