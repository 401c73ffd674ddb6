# A string's parser error on a line before the one the tokenizer reached quotes that line without its
# newline, and its columns stop at that line's end + 1 (CPython converts them against it)
srcs = ['foo(1, 2\n     3)\n', 'x = (1 +\n 2) = 3\n', '(a,\n b) += 1\n', 'f(a for a in b,\n  c)\n',
        'x = [1,\n 2] = [\n3]\n', '[x\n for x in y] = 1\n', 'x = 1 if\\\n 2\n', 'print "a",\\\n  "b"\n',
        'f(\n  a=1,\n  a=2)\n', 'x = (1,\ny = 2\n', 'x = (1 2)\n']
for mode in ('exec', 'eval'):
    for src in srcs:
        try:
            compile(src, '<s>', mode)
            print(mode, repr(src), 'compiled')
        except SyntaxError as e:
            print(mode, repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
