# Python 2 tuple parameters: "Function/Lambda expression parameters cannot be parenthesized" only after plain parameters
for src in ['def f((a)): pass', 'def f(a, (b, c)): pass', 'def f((a: int, b), c): pass',
            'def f(a, (b)=1): pass', 'def f((a,)): pass', 'def f(a=1, (b)): pass',
            'def f(*, (a)): pass', 'def f(a, /, (b)): pass', 'def f(()): pass', 'def f((a b)): pass',
            'lambda (x): x', 'lambda a, (b): 1', 'lambda (a, b,): 1', 'lambda x, (y)=1: 1',
            'lambda *, (a): 1', 'lambda a=1, (b): 1', 'lambda (a: int): 1']:
    try:
        compile(src, 'src', 'exec')
        print(src, '| compiled')
    except SyntaxError as e:
        print(src, '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
