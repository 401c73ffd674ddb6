# the exit status of an uncaught SystemExit comes from its `code` attribute (assigned, or a subclass's), not its args
import sys

class Quiet(SystemExit):
    code = None

for make in [lambda: SystemExit(3), lambda: Quiet(4)]:
    try:
        raise make()
    except SystemExit as e:
        print(type(e).__name__, e.args, repr(e.code))

e = SystemExit(3)
e.code = 'changed message'
print(e.args, repr(e.code))
raise e
