# tokenize: tokenize() over bytes (ENCODING), TokenInfo, TokenError, IndentationError, untokenize, token constants
import io
import token
import tokenize

src = b'# -*- coding: latin-1 -*-\nx = "\xe9"\n'
toks = list(tokenize.tokenize(io.BytesIO(src).readline))
for t in toks:
    print(t)
src2 = 'def g():\n    return "\u00e9t\u00e9"  # note\n'.encode('utf-8')
toks2 = list(tokenize.tokenize(io.BytesIO(src2).readline))
print(toks2[0], len(toks2))
print(tokenize.untokenize(toks2))
bom = b'\xef\xbb\xbfy = 2\n'
print(list(tokenize.tokenize(io.BytesIO(bom).readline))[:2])
print(tokenize.detect_encoding(io.BytesIO(src).readline))
print(tokenize.detect_encoding(io.BytesIO(b'a = 1\nb = 2\nc = 3\n').readline))

t = toks[1]
print(t.type, t.string, t.start, t.end, t.line, t.exact_type, t[0], len(t))
print(isinstance(t, tuple), type(t).__name__, t._fields)
op = tokenize.TokenInfo(token.OP, '+=', (1, 2), (1, 4), 'a += 1\n')
print(op, op.exact_type == token.PLUSEQUAL, token.tok_name[op.exact_type])
print(tokenize.TokenInfo(token.OP, '?', (1, 0), (1, 1), '').exact_type)

for bad in ['x = (1,\n', 's = """abc\n', 'x = [\n  1, 2\n', 'a = 1 + \\\n']:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
        print('no error')
    except tokenize.TokenError as e:
        print(type(e).__name__, e.args)
try:
    list(tokenize.generate_tokens(io.StringIO('if x:\n        a\n    b\n').readline))
except IndentationError as e:
    print(type(e).__name__, e.args)
print(issubclass(tokenize.TokenError, Exception))

code = 'def f(a, *, b=2):\n    """doc"""\n    return {a: [b, (1, 2)]}  # x\n\nclass K(object):\n    pass\n'
toks = list(tokenize.generate_tokens(io.StringIO(code).readline))
out = tokenize.untokenize(toks)
print(out == code)
print(repr(out))
pairs = [(t.type, t.string) for t in toks]
print(repr(tokenize.untokenize(pairs)))
again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(tokenize.untokenize(pairs)).readline)]
print(again == pairs)

print(token.NAME, token.OP, token.NEWLINE, token.NL, token.COMMENT, token.ENCODING, token.ERRORTOKEN, token.N_TOKENS, token.NT_OFFSET)
print(token.tok_name[0], token.tok_name[54], token.tok_name[256], len(token.tok_name))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.ISEOF(1))
print(token.EXACT_TOKEN_TYPES['->'] == token.RARROW, len(token.EXACT_TOKEN_TYPES))
print(sorted(token.EXACT_TOKEN_TYPES.items())[:5])
print(token.__all__[:6], len(token.__all__))
print(tokenize.NAME == token.NAME, tokenize.tok_name is token.tok_name)
