# compile() checks filename, then mode, before its flags (CPython's argument clinic order).
def t(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
t('filename int, bad flags', lambda: compile(1, 2, 3, 4, 5, 6))
t('filename int', lambda: compile('x', 2, 'exec'))
t('mode int', lambda: compile('x', 'f', 1))
t('mode int, bad flags', lambda: compile('x', 'f', 1, 1 << 30))
t('bad flags, bad mode', lambda: compile('x', 'f', 'nope', 1 << 30))
t('source int', lambda: compile(1, 'f', 'exec'))
t('flags str', lambda: compile('x', 'f', 'exec', 'a'))
t('filename None', lambda: compile('x', None, 'exec'))
