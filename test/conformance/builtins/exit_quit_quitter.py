# exit() and quit() are site Quitter objects: repr, attributes, argument errors, SystemExit(code) after closing sys.stdin
import sys
print(repr(exit), str(quit), type(exit).__name__, type(exit).__module__, exit.name, exit.eof)
for a, k in [((), {}), ((3,), {}), ((), {'code': 'c'}), ((1, 2), {}), ((), {'foo': 1}), ((1,), {'code': 2})]:
    try:
        exit(*a, **k)
    except SystemExit as e:
        print('SystemExit', e.args, repr(e.code))
    except TypeError as e:
        print('TypeError', e)
print(sys.stdin.closed)
try:
    input()
except ValueError as e:
    print('ValueError', e)
quit(9)
