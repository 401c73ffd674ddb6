# A line continuation with no line after it: "unexpected EOF", or the innermost open bracket's "never closed"
cases = ['x = 1 + \\\n', 'x = 1 + \\', 'x = 1 \\\n', '\\\n', 'if x:\n    y = \\\n',
         'x = (1 + \\\n', 'x = [(\\\n', 'x = (1 + \\', 'x = 1\\\n\n', 'x = 1 + \\\n\n',
         'x = 1 + \\ ', 'x = 1 + \\\t\n', 'x = 1 + \\\r\n', 'x = 1 # \\\n', 's = "a\\\n"\n']
for src in cases:
    try:
        compile(src, 'src', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
