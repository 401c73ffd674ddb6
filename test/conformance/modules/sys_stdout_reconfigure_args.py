# sys.stdout.reconfigure: argument checks, UTF-8 names kept as given, errors, line_buffering
import sys
for a, k in [(('utf-8',), {}), ((), {'x': 1}), ((), {'encoding': 5}), ((), {'encoding': 'nope'}), ((), {'newline': 'x'}),
             ((), {'newline': 5}), ((), {'line_buffering': 'x'}), ((), {'encoding': 'UTF8', 'errors': 'strict'}), ((), {'line_buffering': True}),
             ((), {'write_through': 1}), ((), {'errors': 'replace'}), ((), {'newline': '\n'})]:
    try:
        print(sys.stdout.reconfigure(*a, **k), sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stdout.write_through)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.stdin.reconfigure(encoding='utf-8'), sys.stdin.encoding)
print(sys.stderr.line_buffering, sys.stderr.errors)
sys.stderr.reconfigure(errors='strict')
print(sys.stderr.errors)
sys.stdout.reconfigure(errors='replace')
print('lone \udc80 surrogate')
print(repr(sys.stdout))
