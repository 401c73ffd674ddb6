# asyncio.Future directly: states and reprs, result/exception errors, callbacks (order, removal, context), cancel messages, isfuture.
import asyncio
import contextvars
import functools
import re

var = contextvars.ContextVar('var', default='unset')


def r(obj):
    # Callback sources show the program's absolute path: keep only the file name.
    return re.sub(r' at /[^ ,\]]*/', ' at ', re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj)))


def cb_a(fut):
    print('cb_a', r(fut), var.get())


def cb_b(fut):
    print('cb_b', fut.done())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(r(f), f.done(), f.cancelled(), f.get_loop() is loop)
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.add_done_callback(cb_a)
    print(r(f))
    f.add_done_callback(cb_b)
    print(r(f))
    f.add_done_callback(cb_a)
    f.add_done_callback(print)
    print(r(f))
    print('removed', f.remove_done_callback(cb_a), r(f))
    print('removed', f.remove_done_callback(cb_a))
    f.add_done_callback(cb_a, context=contextvars.Context())
    var.set('main')
    f.add_done_callback(cb_a)
    f.set_result([1, 2])
    print(r(f), f.result(), f.exception())
    await asyncio.sleep(0)
    for meth, arg in ((f.set_result, 3), (f.set_exception, ValueError())):
        try:
            meth(arg)
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, r(e))
    print(f.cancel(), f.cancelled())
    f.add_done_callback(cb_b)
    await asyncio.sleep(0)

    g = loop.create_future()
    g.set_exception(KeyError)
    print(r(g))
    try:
        g.result()
    except KeyError as e:
        print('result raises', repr(e))
    print(repr(g.exception()))

    h = loop.create_future()
    try:
        h.set_exception(StopIteration(1))
    except TypeError as e:
        print(type(e).__name__, e)
    print(r(h))
    h.set_result('x' * 100)
    print(r(h))
    h2 = loop.create_future()
    h2.set_result(list(range(50)))
    print(r(h2))

    c = loop.create_future()
    c.add_done_callback(cb_b)
    print(c.cancel('because'), r(c), c.cancel())
    for meth in (c.result, c.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(type(e).__name__, e.args)
    try:
        await c
    except asyncio.CancelledError as e:
        print('await cancelled', e.args)
    c2 = loop.create_future()
    c2.cancel()
    try:
        c2.result()
    except asyncio.CancelledError as e:
        print('plain cancel', e.args)

    d = loop.create_future()
    loop.call_soon(d.set_result, 'later')
    print(await d, await d)
    print(asyncio.isfuture(d), asyncio.isfuture(asyncio.Future), asyncio.isfuture(42))
    t = asyncio.ensure_future(asyncio.sleep(0, 'slept'))
    print(asyncio.isfuture(t), await t)
    print(asyncio.wrap_future(d) is d)
    e = asyncio.Future()
    print(e.get_loop() is loop, r(e))
    e.cancel()
    p = loop.create_future()
    p.add_done_callback(functools.partial(cb_b))
    p.add_done_callback(functools.partial(print, 'x', end=''))
    print(r(p))
    p.cancel()
    await asyncio.sleep(0)
    print()
    print(asyncio.futures.__all__)
    # await a future inside a plain generator-based iterator protocol
    it = iter(loop.create_future())
    print(type(it).__name__ in ('generator', 'FutureIter'))


asyncio.run(main())
fut = asyncio.Future(loop=asyncio.new_event_loop())
print(r(fut))
