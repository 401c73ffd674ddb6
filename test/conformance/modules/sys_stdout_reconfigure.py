# sys.stdout/stderr/stdin.reconfigure(): encoding, errors, newline, line_buffering, and the argument checks
import sys
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stderr.errors, repr(sys.stdout))
sys.stdout.reconfigure(encoding='UTF8'); print(sys.stdout.encoding, sys.stdout.errors, repr(sys.stdout))
sys.stdout.reconfigure(errors='replace'); print(sys.stdout.encoding, sys.stdout.errors, 'lone \udc80 surrogate')
sys.stdout.reconfigure(encoding='ascii'); print(sys.stdout.encoding, sys.stdout.errors)
try:
    print('café')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
sys.stdout.reconfigure(errors='backslashreplace'); print('café \u2603')
sys.stdout.reconfigure(encoding='latin-1', errors='xmlcharrefreplace'); print('snow \u2603', sys.stdout.encoding)
for kw in [dict(encoding='nope'), dict(encoding='hex'), dict(errors=5), dict(encoding=5), dict(newline='x'),
           dict(newline=5), dict(line_buffering='x'), dict(bogus=1)]:
    try:
        sys.stdout.reconfigure(**kw)
        print('ok', kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print('TypeError', e)
sys.stdout.reconfigure(encoding='utf-8', newline='\r\n', line_buffering=True, write_through=True)
print('a\nb', sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(newline=None); print('c', sys.stdout.reconfigure())
sys.stderr.reconfigure(errors='strict'); print(sys.stderr.errors, sys.stderr.encoding)
sys.stdin.reconfigure(encoding='latin-1'); print(sys.stdin.encoding, repr(sys.stdin.read()))
sys.stderr.reconfigure(encoding='ascii', errors='namereplace')
print('to stderr: \u2603', file=sys.stderr)
