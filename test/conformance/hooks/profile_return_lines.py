# frame.f_lineno in profile 'return' events of implicit returns (no traced line to fall back on):
# the line of the path the function ended on, as 3.11 copies its `return None` for each path
# (a break out of the last loop included, through a finally too).
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def try_body():
    try:
        x = 3
    except KeyError:
        pass


def except_body(k):
    try:
        {}[k]
    except KeyError:
        y = 1


def gen():
    try:
        yield 3
    except KeyError:
        yield 4


def if_else(a):
    if a:
        x = 1
    else:
        x = 2


def if_only(a):
    if a:
        x = 1


def loop():
    for i in range(2):
        pass


def with_block():
    with CM():
        x = 1


def try_else(k):
    try:
        x = 1
    except KeyError:
        pass
    else:
        y = 2


def nested(a, b):
    if a:
        if b:
            return 1
        x = 2
    elif b:
        x = 3


def for_break(a):
    for i in a:
        if i:
            break


def while_break(a):
    while a:
        a -= 1
        if a == 1:
            break


def break_finally(a):
    for i in a:
        try:
            break
        finally:
            y = 1


def break_with(a):
    for i in a:
        with CM():
            if i:
                break
            x = 1


def for_else(a):
    for i in a:
        if i:
            break
    else:
        z = 1


async def coro():
    try:
        x = 1
    except KeyError:
        pass


lines = []


def prof(frame, event, arg):
    if event == 'return' and frame.f_globals is globals():
        lines.append((frame.f_code.co_name, frame.f_lineno))


sys.setprofile(prof)
try_body()
except_body('k')
list(gen())
if_else(1)
if_else(0)
if_only(1)
if_only(0)
loop()
with_block()
try_else('k')
nested(1, 0)
nested(0, 1)
nested(0, 0)
for_break([0, 1])
for_break([0])
while_break(3)
while_break(0)
break_finally([1])
break_with([1])
break_with([0])
for_else([1])
for_else([0])
try:
    coro().send(None)
except StopIteration:
    pass
sys.setprofile(None)
for entry in lines:
    print(entry)
