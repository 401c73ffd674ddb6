# SyntaxError(msg, info): info holds 4 or 6 items; 5 (an end line without its end offset) is a TypeError.
for a in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1), ('f', 1, 2, 'x'), ('f', 1, 2, 'x', 3, 4)]:
    try:
        e = SyntaxError('bad bad', a)
        print('ok', e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as x:
        print('TypeError', x)
