# errors of the compiler and symbol table (not the parser) in code compiled from a string under a
# name like <string> carry no source line (text None): CPython reads it back from the file named
sources = ["x = 1\nreturn 1", "nonlocal y", "def g(a, a): pass", "break", "def f():\n    x = 1\n    global x",
           "class A:\n    yield 1", "del f()"]
for s in sources:
    try:
        compile(s, "<string>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("for i in range(3):\n    pass\ncontinue")
except SyntaxError as e:
    print(e, repr(e.text), e.args)
eval(compile("def f():\n    yield 1\n    return\nreturn 5", "<made>", "exec"))
