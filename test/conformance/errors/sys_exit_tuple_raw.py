# sys.exit(tuple) uncaught and never handled exits with the tuple itself (printed, status 1); once handled it is SystemExit(*tuple)
import sys

def attempt(status):
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(status), '->', repr(e.code), e.args)

for status in [(), (5,), (1, 2), (None,), ('text',)]:
    attempt(status)
try:
    1 / 0
except ZeroDivisionError:
    try:
        sys.exit((3,))
    except SystemExit as e:
        print('while handling ->', repr(e.code))

def leave():
    sys.exit((5,))

print('leaving', flush=True)
leave()
