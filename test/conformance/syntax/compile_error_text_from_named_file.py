# A parser SyntaxError of compile(..., 'exec') quotes the named file's line when that file exists
# (the tokenizer's own errors, and 'eval'/'single' input, quote the source compiled)
srcs = ['x = $\n', 'x = (1\n', 'if 1:\n        x\n    y\n', 'x = 1\n  y = 2\n', 'if 1:\nx\n',
        'f() = 1\n', 'print "a"\n', 'a b\n', 'x = (1 2)\n', 'x = f"{}"\n', 'x = f"{a b}"\n',
        'x = "abc\n', 'x = 0777\n', 'x = 1)\n', 'x = (1]\n', 'x = €\n', 'x = 1 + \\\n']
for name in ('compile_error_text_from_named_file.py', 'missing_file.py'):
    for mode in ('exec', 'eval'):
        for src in srcs:
            try:
                compile(src, name, mode)
                print(mode, repr(src), 'compiled')
            except SyntaxError as e:
                print(name[:7], mode, repr(src), '|', e.msg, e.lineno, e.offset, repr(e.text))
