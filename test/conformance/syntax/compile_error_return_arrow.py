# `->` with no return annotation after it: CPython's `&&':'` blames the arrow ("expected ':'")
for src in ['def f() -> : pass', 'def f() ->\n', 'def f() -> int pass', 'def f() -> int',
            'def f() -> ): pass', 'async def f() -> : pass', 'def f() -> lambda: 1: pass']:
    try:
        compile(src, 's', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
