# f-string replacement fields holding characters the tokenizer rejects (a no-break space, an
# invalid number): the tokenizer's own message, without the parser's "f-string: " prefix, on the
# field's "(expr)" text; only ASCII whitespace makes a field empty.

cases = [
    "f'''{\xa0}'''", "f'{\xa0}'", "f'{a\xa0}'", "f'{\xa0a}'", "f'{a b}'", "f'{}'", "f'{ }'", "f'{$}'", "f'{a$}'", "f'{\u200b}'", "f'{1+}'", "f'{a!x}'", "x = 1 +\xa0 2", "\xa0", "f'{a:{\xa0}}'", "f'{\x01}'", "f'{\u3000}'",
    "f'{1_}'", "f'{0x}'", "f'{0o8}'", "f'{0b2}'", "f'{012}'", "f'{1e}'", "f'{1abc}'", "f'{a\u20ac}'", "f'{\u20ac}'", "f'{a\\\\b}'", "f'{1__0}'", "f'{0_7}'", "f'{1.2j3}'", "f'{(}'", "f'{a)}'", "f'{1if 1else 2}'", "f'{0xg}'", "f'''{a\n\xa0}'''", "f'{a}{\xa0}'", "x = f'{a}' f'{\xa0}'", "f'{\x00}'",
    "f'{f\"{\xa0}\"}'", "f'{a:{0x}}'", "f'''{\n1_}'''", "f'''{a +\n  1abc}'''", "f'{ a\xa0b }'", "f'{a=\xa0}'", "f'{a!r\xa0}'", "x = (1,\n f'{\u2028}')", "f'{\t}'", "f'{\f}'", "f'{\v}'"
]
for c in cases:
    try:
        compile(c, 'f.py', 'exec')
        print(ascii(c), 'ok')
    except SyntaxError as e:
        print(ascii(c), '->', ascii(e.msg), ascii(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
