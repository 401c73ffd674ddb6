# Invalid escapes in str/bytes literals give 3.11's DeprecationWarning at compile time (the first
# one of each literal, at its first line); a filter turning it into an error gives a SyntaxError.
import warnings

sources = [r"'\z'", r"b'\z'", r"'\407'", r"b'\777'", r"'''" + "\n" + r"\z'''", r"r'\z'", r"'\N{DASH}'",
           r"b'\N'", r"'\d \w'", r"f'{1}\q'", r"'\x41\101\n\''", r"b'\u1234'", r"'\8'"]
for src in sources:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            value = eval(src)
        except SyntaxError as e:
            value = 'SyntaxError: %s' % e.msg
        print(repr(src), repr(value), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('error', category=DeprecationWarning)
    try:
        eval("'''\n\\z'''")
    except SyntaxError as e:
        print(e.msg, e.filename, e.lineno, e.offset, w)
    try:
        compile("x = 1\ny = '\\d'\n", 'mod.py', 'exec')
    except SyntaxError as e:
        print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=DeprecationWarning)
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print(e.msg)
    print(len(w), w[0].category.__name__, str(w[0].message))

# Not shown by default: compiled code's DeprecationWarnings are ignored.
exec(r"print('\z')")
