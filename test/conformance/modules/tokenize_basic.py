# tokenize.generate_tokens: names, numbers, strings, f-strings, operators, comments, NEWLINE/NL, INDENT/DEDENT
import io
import token
import tokenize

def show(src):
    print('---', repr(src))
    line = None
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        extra = '' if t.type == t.exact_type else ' ' + token.tok_name[t.exact_type]
        shown = '' if t.line == line else ' ' + repr(t.line)
        line = t.line
        print(token.tok_name[t.type] + extra, repr(t.string), t.start, t.end, shown)

show('x = 1\n')
show('def f(a, b=2, *args, **kw):\n    return a + b  # sum\n\n\nprint(f(1))\n')
show('if x:\n    if y:\n        pass\n    z = 3\nw = 4\n')
show("s = 'a' + \"b\" + r'\\d' + b'x' + rb'y' + f'{x!r:>10}' + F\"{y}\"\n")
show('t = """multi\nline\n""" + u\'\'\'x\'\'\'\n')
show('n = [0x1F, 0o17, 0b101, 1_000, 3.14, 1e-5, .5, 5., 2j, 1.5J, 0]\n')
show('a //= b ** c >> 2 << 1; d != e <= f >= g -> h ... @ @= := ~ ^ | & %\n')
show('values = (1,\n    2,  # two\n    3)\n')
show('x = 1 + \\\n    2\n')
show('# only a comment\n')
show('\n\n# c\n   \nx\n')
show('no_newline_at_end')
show('class A:\n    def m(self):\n        pass\n\n    # trailing comment\n')
show('x = "caf\u00e9" + \u00e9t\u00e9\n')
show('while True:\n\tbreak\n')
show('')
show('async def f():\n    await g()\n')
show('x = 1 if y else 2\nlambda: 0\n')
show('x = $ ? y\n')
show("s = 'unterminated\nz = 1\n")
show("s = 'cont\\\nnued' + x\n")
show('if a:\n  b\n    # deeper comment\n  c\n')
show('x = 1   ')
show('def f():\n    return 1')
show('x = 1\r\ny = 2\r\n')
show('[\n\n# c\n]\n')
