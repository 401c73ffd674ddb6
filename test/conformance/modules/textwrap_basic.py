import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known fact that "
        "e-mail addresses--like this one--could be hyper-active. Supercalifragilisticexpialidocious!")
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 10, break_long_words=False))
print(textwrap.wrap('Hello world. Bye now.  Ok', 40, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('a\tb\tc', 20), textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False), textwrap.wrap('', 10))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=3, placeholder=' ...'))
print(textwrap.shorten('Hello  world!', 12), textwrap.shorten('Hello world!', 11), textwrap.shorten('Hello world', 11), textwrap.shorten(text, 40, placeholder='~'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      
    x
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    a\n  b\n      c')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap(text), w.fill('short'))
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 4, max_lines=1, placeholder=' [......]')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
