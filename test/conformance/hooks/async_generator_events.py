# Profile and trace events of async generators: an item an async generator yields reaches the
# 'return' event wrapped (async_generator_wrapped_value), a value an await inside it passes up
# does not; asend/athrow/aclose, async for and async comprehensions driven by hand.
import sys


class Pause:
    def __await__(self):
        got = yield 'paused'
        return got


def describe(event, arg):
    if event == 'exception':
        return arg[0].__name__
    if isinstance(arg, (int, str, type(None), tuple)):
        return arg
    name = type(arg).__name__
    if name == 'async_generator_wrapped_value':
        return (name, repr(arg).startswith('<async_generator_wrapped_value object at 0x'))
    return name


events = []


def hook(frame, event, arg):
    if frame.f_globals is globals() and frame.f_code.co_name not in ('hook', 'describe'):
        events.append((event, frame.f_code.co_name, frame.f_lineno, describe(event, arg)))
    return hook


async def agen():
    yield 1
    got = await Pause()
    yield got
    try:
        yield 3
    except KeyError:
        yield 'caught'


async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out, [x async for x in agen()]


def drive(coro, sends):
    try:
        coro.send(None)
        for s in sends:
            coro.send(s)
    except StopIteration as stop:
        return stop.value


for setter in (sys.settrace, sys.setprofile):
    events.clear()
    setter(hook)
    print(drive(consume(), ['sent', 'again']))
    g = agen()
    print('asend', drive(g.asend(None), []), drive(g.asend(None), ['x']), drive(g.asend(None), []))
    try:
        g.athrow(KeyError('k')).send(None)
    except StopIteration as stop:
        print('athrow', stop.value)
    try:
        g.aclose().send(None)
    except StopIteration:
        print('closed')
    setter(None)
    for e in events:
        print(e)
