# parameter-list errors around '*' and '/': a bare * followed by something else is invalid syntax there; '/*' wants a comma
srcs = ['def f(*1): pass', 'def f(*[a]): pass', 'def f(*None): pass', 'def f(*None, a): pass', 'def f(*, **k): pass', 'def f(*): pass',
        'def f(*,): pass', 'lambda *1: 0', 'lambda *None: 0', 'lambda *: 0', 'def f(*if): pass', 'def f(*(a)): pass', 'def f(*.): pass',
        'def foo(a=1,/*,b,c):\n   pass', 'lambda a=1,/*,b,c: None', 'def f(a, /*): pass', 'def f(a, /, *, b): pass', 'lambda a, /, *b: 0']
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
