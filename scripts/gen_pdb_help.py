"""Writes stdlib/lib/_pdb_help.py: the help texts pdb prints (`help CMD`, `help exec`,
`help pdb`), taken from CPython 3.11's pdb so that tpy prints the same text.
Run with python3 3.11: python3 scripts/gen_pdb_help.py"""
import os
import pdb

commands = {}
for name in dir(pdb.Pdb):
    if name.startswith('do_'):
        fn = getattr(pdb.Pdb, name)
        commands.setdefault(fn.__name__[3:], fn.__doc__)
out = ['"""pdb\'s help texts, as CPython 3.11 prints them (written by scripts/gen_pdb_help.py)."""', '']
out.append('# do_<name>.__doc__, keyed by the name of the command\'s main spelling.')
out.append('COMMANDS = {')
for name in sorted(commands):
    out.append('    %r: %r,' % (name, commands[name]))
out.append('}')
out.append('')
out.append('EXEC = %r' % pdb.Pdb.help_exec.__doc__)
out.append('')
out.append('# The module docstring: the introduction, then each command\'s help (`help pdb`).')
out.append('MODULE = %r' % pdb.__doc__)
path = os.path.join(os.path.dirname(__file__), '..', 'stdlib', 'lib', '_pdb_help.py')
with open(path, 'w') as f:
    f.write('\n'.join(out) + '\n')
