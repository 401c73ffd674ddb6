# Identifiers follow XID_Start/XID_Continue of Unicode 14.0 (CPython 3.11's database):
# ZWJ/ZWNJ and the katakana middle dot are not identifier characters there, and
# characters assigned after 14.0 are invalid.
def attempt(label, src):
    try:
        ns = {}
        exec(compile(src, '<fuzz>', 'exec'), ns)
        print(label, 'ok', sorted(k for k in ns if k != '__builtins__'))
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)

attempt('zwj', 'a\u200db = 1')
attempt('zwnj', 'a\u200cb = 1')
attempt('katakana middle dot', 'a\u30fbb = 1')
attempt('halfwidth middle dot', 'a\uff65b = 1')
attempt('middle dot', 'a\u00b7b = 1')
attempt('unicode 15 letter', '\U0001e030 = 1')
attempt('unicode 15 continue', 'x\U00011f00 = 1')
attempt('greek', '\u03c0r = 3')
attempt('nfkc', '\ufb01x = 2')
attempt('digit start', '\u0661x = 1')
