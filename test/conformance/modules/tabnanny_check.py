# tabnanny: check() on files and directories (clean, ambiguous indents, token and indentation errors), verbose and -q modes
import os
import sys
import tabnanny
import tempfile

sys.stderr = sys.stdout
root = tempfile.mkdtemp()
os.chdir(root)
files = {
    'clean.py': 'def f():\n    if x:\n        return 1\n    return 2\n',
    'mixed.py': 'if True:\n        a = 1\n\tb = 2\n',
    'greater.py': 'if x:\n\tif y:\n\t        z = 1\n',
    'tabs.py': 'if x:\n\tif y:\n\t\tpass\n',
    'notgreater.py': 'if x:\n  \tif y:\n\t    pass\n',
    'unclosed.py': 'x = (1,\n',
    'dedent.py': 'if x:\n    a\n  b\n',
    'with space.py': 'if x:\n        a\n\tb\n',
    'notes.txt': '\t  junk',
}
os.mkdir('pkg')
for name, text in files.items():
    with open(name, 'w') as f:
        f.write(text)
with open(os.path.join('pkg', 'inner.py'), 'w') as f:
    f.write('if a:\n\t  b\n        c\n')
for name in sorted(files) + ['missing.py']:
    tabnanny.check(name)
tabnanny.verbose = 1
tabnanny.check('mixed.py')
tabnanny.check('clean.py')
tabnanny.check('pkg')
tabnanny.verbose = 2
tabnanny.check('tabs.py')
tabnanny.verbose = 0
tabnanny.filename_only = 1
tabnanny.check('mixed.py')
tabnanny.check('with space.py')
ws = tabnanny.Whitespace('  \t   \t ')
print(ws.n, ws.nt, ws.norm, ws.is_simple, ws.longest_run_of_spaces(), [ws.indent_level(t) for t in range(1, 10)])
other = tabnanny.Whitespace('\t\t')
print(ws.equal(other), ws.not_equal_witness(other), other.less(ws), ws.less(other), other.not_less_witness(ws))
print(tabnanny.format_witnesses([(1, 2, 3)]), tabnanny.format_witnesses([(1, 2, 3), (4, 5, 6)]))
n = tabnanny.NannyNag(3, 'msg', 'line\n')
print(n.get_lineno(), n.get_msg(), n.get_line(), tabnanny.__all__, tabnanny.__version__)
# tokenize.open: the encoding from a BOM or a coding cookie
import tokenize
with open('bom.py', 'wb') as f:
    f.write(b'\xef\xbb\xbfx = 1\n')
with open('lat.py', 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\ns = "\xe9"\n')
for n in ['bom.py', 'lat.py']:
    with tokenize.open(n) as f:
        print(f.mode, f.encoding, repr(f.read()), f.line_buffering)
