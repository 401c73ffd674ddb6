# open(newline=...): untranslated reads split at the given line end, translated writes
import os

path = '_newline_tmp.txt'
with open(path, 'w', newline='') as f:
    print(f.write('a\r\nb\nc\rd\r\n\r\ne'))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, newline=nl) as f:
        lines = list(f)
    with open(path, newline=nl) as f:
        whole = f.read()
    with open(path, newline=nl) as f:
        first = f.readline(1), f.readline(), f.read(3)
    print(repr(nl), lines, repr(whole), first)
for nl in ['\r\n', '\r', '\n', '', None]:
    with open(path, 'w', newline=nl) as f:
        f.write('x\ny\r\n')
    with open(path, 'rb') as f:
        print(repr(nl), f.read())
for nl, mode in [('x', 'r'), (5, 'r'), ('', 'rb'), ('\n\n', 'w')]:
    try:
        open(path, mode, newline=nl)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.remove(path)
