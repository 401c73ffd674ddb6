# textwrap: subclass hooks, long words and hyphens, max_lines/placeholder corners, whitespace options, errors
import textwrap

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]

class NoCut(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        cur_line.append('<' + reversed_chunks.pop() + '>')

show('hook split', lambda: Upper(width=12).wrap('one two three four'))
show('hook long', lambda: NoCut(width=6).wrap('a verylongword b'))
show('hook chunks', lambda: textwrap.TextWrapper()._split_chunks('a\tb  c-d e--f'))
w = textwrap.TextWrapper(width=10)
w.width = 6
w.subsequent_indent = '..'
show('mutated', lambda: w.wrap('aaa bbb ccc ddd'))
print(sorted(vars(textwrap.TextWrapper(5)).items()))
for text, width in [('abc-defghijkl', 6), ('---------', 4), ('a-b-c-d-e-f', 3), ('x ab-cd-ef-gh', 5),
                    ('über-groß-straße', 7), ('12-34-56', 4), ('well--known--fact', 8), ('-abc-def', 5),
                    ('word, --dash', 6), ("it's--here", 5)]:
    show('hyph %r %d' % (text, width), lambda: textwrap.wrap(text, width))
    show('nohyph %r %d' % (text, width), lambda: textwrap.wrap(text, width, break_on_hyphens=False))
show('width<1', lambda: textwrap.wrap('abcdef', 4, initial_indent='>>>>>', subsequent_indent='++++'))
show('tabsize', lambda: textwrap.wrap('a\tb\tc', 40, tabsize=4, replace_whitespace=False))
show('keep nl', lambda: textwrap.wrap('a\nb c\rd', 40, replace_whitespace=False))
show('keep nl2', lambda: textwrap.fill('a\nb\x0bc\x0cd', 40))
show('sentences', lambda: textwrap.wrap('He said "hi." Then left! Why? Dr. X. ok', 60, fix_sentence_endings=True))
show('sentences2', lambda: textwrap.wrap("End.' Next A. B", 60, fix_sentence_endings=True))
for n in (1, 2, 3):
    show('max %d' % n, lambda: textwrap.wrap('aaaa bbbb cccc dddd eeee', 9, max_lines=n, placeholder=' ..'))
show('max prev', lambda: textwrap.wrap('aa bbbbbbbbbbbbbb cc', 8, max_lines=2, placeholder='..'))
show('max nodrop', lambda: textwrap.wrap('aa bb cc dd', 5, max_lines=2, drop_whitespace=False))
show('max exact', lambda: textwrap.wrap('aaa bbb ', 3, max_lines=2))
show('max indent', lambda: textwrap.wrap('aaa bbb ccc', 7, max_lines=2, initial_indent='* ', subsequent_indent='  '))
show('ph large', lambda: textwrap.wrap('a b', 5, max_lines=2, subsequent_indent='    ', placeholder=' ...'))
show('nodrop', lambda: textwrap.wrap('  a  b  ', 3, drop_whitespace=False))
show('only space', lambda: textwrap.wrap('     ', 3))
show('shorten', lambda: textwrap.shorten('  many   spaces\there\n', 12))
show('shorten ph', lambda: textwrap.shorten('abc', 2, placeholder='.'))
show('shorten big ph', lambda: textwrap.shorten('abc def', 3))
show('kw', lambda: textwrap.wrap('a', width=5, bogus=1))
show('fill kw', lambda: textwrap.fill('a b', 1, break_long_words=False))
show('neg', lambda: textwrap.TextWrapper(width=-1).fill('x'))
show('dedent ws', lambda: textwrap.dedent('  \n    a\n \t\n    b\n'))
show('dedent mix', lambda: textwrap.dedent(' \t a\n \t b\n \t  c'))
show('dedent tabs', lambda: textwrap.dedent('\ta\n    b'))
show('indent', lambda: textwrap.indent('x\r\ny\n\n', '# '))
show('indent pred', lambda: textwrap.indent('a\nbb\nccc', '-', lambda s: len(s) > 2))
