# Compiler (not parser) SyntaxErrors take their text from the file named, as CPython reads it back.
cases = [
    ('return 5', 'no_such_file.py'),
    ('return 5', '<string>'),
    ('x = 1\nreturn 5', 'syntax_error_text_from_file.py'),   # line 2 of this very file
    ('nonlocal x', 'no_such_file.py'),
    ('def f():\n  x = 1\n  global x', 'syntax_error_text_from_file.py'),
    ('break', 'syntax_error_text_from_file.py'),
    ('yield 1', 'q'),
    ('def f(a, a): pass', 'q'),
    ('f(**a, *b)', 'q'),          # the parser's: its own source line
    ('del f()', 'no_such_file.py'),
    ('x = 1\n' * 200 + 'return', 'syntax_error_text_from_file.py'),   # past the end of the file
]
for src, fn in cases:
    try:
        compile(src, fn, 'exec')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.filename)
import ast
try:
    compile(ast.parse('x = 1\ny = 2\nreturn 3'), 'syntax_error_text_from_file.py', 'exec')
except SyntaxError as e:
    print(repr(e.msg), repr(e.text))
exec(compile('def g():\n    pass\nbreak\n', 'syntax_error_text_from_file.py', 'exec'))
