# f-string errors met while turning literals into text: a replacement field's literal errors are reported at the
# field's ')' (one column wide, as CPython parses the field as "(expr)"), with the field text
# as the line; bytes that are not UTF-8 in a literal part or in a field's string; errors at the
# bare end of eval input have no end column.
for m in ['eval', 'exec']:
    for s in ['f"{\'\\N{foo}\'}"', 'x + f"{\'\\N{foo}\'}"', 'f"{\'\\N{foo}\'}" + x', 'f"ab{\'\\N{foo}\'}"  ',
              b'f"{\'\xff\'}"', b'f"\xff{1}"', b'f"a\\n\xff{1}"', b'rf"\xff{1}"', b'f"{1}\xe9t\xe9"',
              b'f"{1:\xff}"', b'f"{1}"\n"\xff"', 'f"{\'a\' b\'c\'}"', 'f"{x + \'a\' b\'c\'}"']:
        try:
            compile(s, 's', m)
            print(m, repr(s), 'compiled')
        except SyntaxError as e:
            print(m, repr(s), '->', e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
