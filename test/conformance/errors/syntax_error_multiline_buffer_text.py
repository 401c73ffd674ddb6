# A SyntaxError's text for source given as a string or bytes: the tokenizer's buffer, which holds
# every line since one began between tokens (a triple-quoted string or a backslash continuation
# carries it over); and the columns of a line with bytes that are not UTF-8 after a UTF-8 BOM.
sources = [
    'x = """a\nb""" +\n',
    'y = 1\nx = """a\nb""" 1\n',
    'x = ("""a\nb"""\n',
    'x = """a\nb"""; q = """c\nd""" +\n',
    'x = (1,\n2) +\n',
    'x = "a\\\nb" +\n',
    'x = 1 + \\\n +\n',
    'x = 1 # c \\\ny +\n',
    "x = f'''{1}\n''' +\n",
    b'x = """abc\n\xff def\n"""\n',
    b'x = 1\ny = """a\nb\xffc\nd"""\nz = 2\n',
    b"x = '''a\\\n\xff'''\n",
    b'x = f"""{1}\n\xff"""\n',
    b'\xef\xbb\xbfx = "\xff"\n',
    b'\xef\xbb\xbfxy = "\xff" + "q"\n',
    b'\xef\xbb\xbf\xc3\xa9 = "\xffabc"\n',
    b'\xef\xbb\xbf\nx = "\xff" +\n',
    b'\xef\xbb\xbf\xff = 1\n',
    b'\xef\xbb\xbfx = 1\n\xff = 2\n',
]
for s in sources:
    try:
        compile(s, 'm.py', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.msg)
