# textwrap: the class attributes wordsep_re, wordsep_simple_re, sentence_end_re and unicode_whitespace_trans, used when a
# subclass replaces them; break_on_hyphens counts only when it is True itself
import textwrap, re
T = textwrap.TextWrapper
print(repr(T.wordsep_re.pattern), T.wordsep_re.flags)
print(repr(T.wordsep_simple_re.pattern), T.wordsep_simple_re.flags, repr(T.sentence_end_re.pattern), T.unicode_whitespace_trans)
text = 'A well-known  long-winded sentence--with dashes. And a second one! "Quoted." end, e.g. this-is-hyphenated x--y --z'
for width in [8, 13, 21]:
    print(T(width=width).wrap(text))
    print(T(width=width, break_on_hyphens=False).wrap(text))
    print(T(width=width, break_on_hyphens=1).wrap(text))
    print(T(width=width, fix_sentence_endings=True).wrap(text))
print(T()._split(text))
print(T.wordsep_re.split(text))
class CommaWrapper(T):
    wordsep_re = re.compile(r'(\s+|(?<=,))')
print(CommaWrapper(width=12).wrap('alpha,beta,gamma,delta epsilon,zeta'))
class NoHyphen(T):
    wordsep_simple_re = re.compile(r'(\s+|-)')
print(NoHyphen(width=6, break_on_hyphens=False).wrap('ab-cd-ef gh-ij'))
class Sentences(T):
    sentence_end_re = re.compile(r'[a-zA-Z0-9][.!?]\Z')
print(Sentences(width=40, fix_sentence_endings=True).wrap('It is 5. Next A. And B! ok.'))
class Tabs(T):
    unicode_whitespace_trans = {ord('\t'): ord('_'), ord('\n'): ord(' ')}
print(Tabs(width=30, expand_tabs=False).wrap('a\tb\nc  d'))
w = T(width=10); w.wordsep_re = re.compile(r'(\s+)'); print(w.wrap('one-two-three four-five'))
