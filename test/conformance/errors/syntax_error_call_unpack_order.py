# "iterable argument unpacking follows keyword argument unpacking" marks the arguments before it
for src in ["f(**k, *a)", "f(x, y=2, **k, *a)", "f(x,\n **k, *a)", "f(a=1, *b, **c, *d)",
            "f(**k, *a, 1)", "f(**k, **j, *a)", "f(x, **k, y, *a)"]:
    try:
        compile(src, "<probe>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
