# stdout is strict UTF-8 (PYTHONIOENCODING=utf-8): a lone surrogate is a UnicodeEncodeError for the
# item print() writes it in (the items before it are out); stderr writes it backslash-escaped.
import sys
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
t(lambda: print('a\udcffb'))
t(lambda: print('x', 'a\udcff\udcfeb', 'z'))
t(lambda: sys.stdout.write('q\ud800\n'))
t(lambda: sys.stdout.writelines(['fine\n', 'bad\udc80\n']))
print('\udcff', file=sys.stderr)
sys.stderr.write('e\ud800x\n')
print('x', '\udcff', sep='-', file=sys.stderr)
print('end')
raise ValueError('uncaught \udcff')
