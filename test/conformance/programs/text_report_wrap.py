# Text justification and textwrap reports: full justification, wrap/fill/shorten/indent/dedent, tables.
import textwrap
import string
import unicodedata

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
        "Supercalifragilisticexpialidocious-words and hyphenated-compound-terms test the wrapper's breaking rules.")


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        s = ''
        for i, w in enumerate(line[:-1]):
            s += w + ' ' * (q + (1 if i < r else 0))
        out.append(s + line[-1])
    out.append(' '.join(cur).ljust(width))
    return out


for width in (30, 47):
    print('+' + '-' * width + '+')
    for line in justify(TEXT.split(), width):
        print('|' + line + '|')
    print('+' + '-' * width + '+')

print(textwrap.fill(TEXT, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(TEXT, 25, break_long_words=False)[-4:])
print(textwrap.wrap(TEXT, 18, break_on_hyphens=False)[-5:])
print(textwrap.wrap('a\tb\tc  d', 8, expand_tabs=True, tabsize=4), textwrap.wrap('a\tb', 8, replace_whitespace=False))
print(textwrap.wrap('one.  Two.  three', 9, fix_sentence_endings=True), textwrap.wrap('x ' * 20, 10, max_lines=2, placeholder=' [..]'))
print(textwrap.shorten(TEXT, 60), '|', textwrap.shorten('hello   world  ', 11), '|', textwrap.shorten(TEXT, 30, placeholder='...'))
code = '''
    def f(x):
        if x:
            return 1

        return 2
'''
d = textwrap.dedent(code)
print(d)
print(textwrap.indent(d, '>> '), end='')
print(textwrap.indent(d, '# ', predicate=lambda line: True), end='')
w = textwrap.TextWrapper(width=20, drop_whitespace=False, initial_indent='-')
print(w.wrap('  leading and trailing spaces kept  '))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   x\n  \n   y')))

rows = [('Product', 'Qty', 'Unit', 'Total'), ('Widget', 3, 4.5, 13.5), ('Gadget with a long name', 12, 0.25, 3.0),
        ('Thing', 1000, 1.125, 1125.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
for i, r in enumerate(rows):
    cells = [str(r[0]).ljust(widths[0])] + [str(c).rjust(widths[j + 1]) for j, c in enumerate(r[1:])]
    print(' | '.join(cells))
    if i == 0:
        print('-+-'.join('-' * w for w in widths))
print('{:=^40}'.format(' SUMMARY '), '{:>10,.2f}'.format(sum(r[3] for r in rows[1:])))
print(string.capwords('hello   wORLD  foo'), string.ascii_letters[:5], string.punctuation)
tpl = string.Template('$who owes $$${amount} to ${whom}')
print(tpl.substitute(who='Ann', amount='10', whom='Bob'), tpl.safe_substitute(who='Cy'))
try:
    tpl.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.Formatter().format('{0:>5}|{x!r}', 42, x='y'), list(string.Formatter().parse('a{0}b{x:>3}c')))
for s in ['café', 'Ｆｕｌｌ', 'ﬁ', 'Å']:
    print(s, len(s), unicodedata.normalize('NFD', s).encode('utf-8'), unicodedata.normalize('NFKC', s), s.casefold(), s.upper())
print(unicodedata.name('é'), unicodedata.category('A'), unicodedata.lookup('GREEK SMALL LETTER ALPHA'), unicodedata.east_asian_width('中'))
print('straße'.upper(), 'ǅ'.lower(), 'ǆ'.title(), 'İ'.lower().encode(), 'ß'.casefold(), 'ΣΑΣ'.lower())
