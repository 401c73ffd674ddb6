# shlex: split (posix and not, comments, quotes, escapes, errors; random strings), quote, join, and the shlex lexer basics
import shlex, random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
cases = ['a b c', '  a  "b c" d ', "a 'b c' d", 'a\\ b', 'a"b"c', "a'b'c", '"a\\"b"', "'a\\'", '"a\\\\b"', '"a\\nb"', 'a\\', '"abc', "'abc", '', '   ', '""', "''", 'a "" b', 'a#b c', '# x\ny', 'a # b\nc d', 'x=1 y="2 3"', 'é à', 'ls -l | grep "foo bar" > out.txt', 'a\\"b', "a\\'b", 'a;b', '"\'"', "'\"'", 'a\n\tb', '"a\'b" \'c"d\'', '\\\\', '"\\$x"', 'a"b c"d e']
for c in cases:
    for kw in [{}, {'comments': True}, {'posix': False}, {'posix': False, 'comments': True}]:
        t(lambda: shlex.split(c, **kw))
random.seed(5)
alpha = 'ab \\"\'#\n;é'
for i in range(150):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 8)))
    for kw in [{}, {'comments': True}, {'posix': False}]:
        t(lambda: (s, shlex.split(s, **kw)))
t(lambda: shlex.split(None))
for q in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x=1', 'é', '@%+=:,./-_', 'a\nb']:
    t(lambda: shlex.quote(q))
t(lambda: shlex.join(['ls', '-l', 'my file', "it's", '']))
t(lambda: shlex.split(shlex.join(['ls', '-l', 'my file', "it's", ''])))
t(lambda: shlex.quote(1))
for posix in [False, True]:
    lex = shlex.shlex('a = b; c="d e" # comment\nf(g, \'h i\')', posix=posix)
    print(list(lex), lex.lineno)
    lex = shlex.shlex('x y z', posix=posix)
    a = lex.get_token(); lex.push_token('PUSHED'); print(a, lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()))
    lex = shlex.shlex('a.b-c d', posix=posix); lex.wordchars += '.-'; print(list(lex))
    lex = shlex.shlex('a b', posix=posix); print(repr(lex.eof), lex.whitespace_split, lex.commenters, lex.quotes, lex.escape, lex.escapedquotes, repr(lex.whitespace))
print(shlex.__all__)
