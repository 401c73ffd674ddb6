# getpass: getpass() without a terminal (GetPassWarning, the echo warning, reading stdin), getuser() from the environment
import getpass
import io
import os
import sys
import warnings

print(getpass.__all__, getpass.GetPassWarning.__mro__[1:], getpass.getpass.__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    out = io.StringIO()
    try:
        getpass.getpass('Password: ', stream=out)
    except EOFError as e:
        print('EOFError', repr(e))
    print(repr(out.getvalue()))
    sys.stdin = io.StringIO('secret\nsecond line\nlast')
    out = io.StringIO()
    print(repr(getpass.getpass(stream=out)), repr(out.getvalue()))
    out = io.StringIO()
    print(repr(getpass.getpass('', out)), repr(out.getvalue()))
    print(repr(getpass.getpass(42, out)), repr(out.getvalue()))
    for w in caught:
        print(w.category.__name__, w.message)

warnings.simplefilter('ignore', getpass.GetPassWarning)
sys.stdin = io.StringIO('to stderr\n')
print(repr(getpass.getpass('Secret? ')))
sys.stdout.flush()
warnings.simplefilter('error', getpass.GetPassWarning)
try:
    getpass.getpass(stream=io.StringIO())
except getpass.GetPassWarning as e:
    print(type(e).__name__, e)

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
for name in ('USERNAME', 'LNAME', 'USER', 'LOGNAME'):
    os.environ[name] = 'user-from-' + name
    print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    del os.environ[name]
print(type(getpass.getuser()).__name__)
