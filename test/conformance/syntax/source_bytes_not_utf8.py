# compile()/exec() of bytes that are not UTF-8 (no coding declaration): a str literal holding such
# bytes fails with "(unicode error) 'utf-8' codec can't decode ..." (position within the literal,
# or within the non-ASCII run when the literal has escapes), an identifier holding one fails at
# the identifier's end, a comment may hold anything; the error line shows U+FFFD.
tests = [
    b'x = "\xff"', b'x = "\xff" ', b'x = "\xff"  # c', b'x = "\xffab"', b'x = "ab\xff" + 1',
    b'f("\xff", 1)', b'x = "a" "\xff" "b"\n', b'x = ("\xff"\n)', b'x = "\\\\\xff"', b'x = r"\xff"',
    b'x = f"\xff"', b'x = "\xff\xff"', b'x = "\xe9t\xe9"', b'x = "\xc3"', b'x = "\xe2\x82"',
    b"x = b'\xff'", b'\xff = 1', b'x = 1\nab\xffc = 1', b'x = a\xe2\x82', b'x = (1,\n  \xff)',
    b'print(1)\n\xe9t\xe9 = 1', b'x = "\xc3\xa9" + "\xc3("', b'x = "\\n\xff\xfe"',
    b'x = 1 # \xff\nprint("comment ok", x)', b'# -*- coding: latin-1 -*-\nprint(ascii("\xff"))',
]
for b in tests:
    try:
        exec(compile(b, 's', 'exec'))
    except SyntaxError as e:
        print(repr(b), '->', e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    exec(b'y = "\xff"')
except SyntaxError as e:
    print(e)
try:
    eval(b'"\xff"')
except SyntaxError as e:
    print(e, e.offset)
# eval/single input ending right after a literal that fails to decode: the error is at the end
# of the input with no end column.
for mode in ('eval', 'single', 'exec'):
    for s in ['"\\N{foo}"', '"\\N{foo}"  ', '("\\N{foo}"\n)', '"\\N{foo}"\n', b'"\xff" ']:
        try:
            compile(s, 's', mode)
        except SyntaxError as e:
            print(mode, repr(s), e.lineno, e.offset, e.end_offset)
