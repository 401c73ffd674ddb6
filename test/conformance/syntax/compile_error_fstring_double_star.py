# `**` in an f-string field: the field is read as `(text)`, so `{**a}` is "cannot use double starred expression here"
for src in ['f"{**a}"', 'f"{ **a}"', 'f"{**a, 1}"', 'f"{1, **a}"', 'f"{**a b}"', 'f"{**a:>3}"', 'f"{**a!r}"',
            'f"{**}"', 'f"{**a=}"', 'f"{**(a)}"', 'f"{**a if b else c}"', 'f"{*a}"', '(**a)', 'x = **a']:
    try:
        compile(src, 's', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
