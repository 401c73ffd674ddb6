"""opcode: the table of tpy's bytecode instructions, as dis names them.

tpy's bytecode is its own (CPython 3.7's block-stack shape, docs/differences.md), so the
names and numbers here are tpy's, the same ones dis prints and tpy -X trace shows; they are
not CPython 3.11's."""

from dis import (cmp_op, hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare, hasfree,
                 opname, opmap, HAVE_ARGUMENT, EXTENDED_ARG)
from _opcode import stack_effect

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs",
           "stack_effect"]

# No tpy instruction's argument is an argument count in CPython's sense of hasnargs.
hasnargs = []
