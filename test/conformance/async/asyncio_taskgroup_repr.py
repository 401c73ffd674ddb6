# TaskGroup: its repr through its life, create_task's name and context, a body error with failing children.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def child(label, delay, fail=None):
    await asyncio.sleep(delay)
    if fail is not None:
        raise fail
    return label + ':' + var.get()


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        ctx = contextvars.copy_context()
        ctx.run(var.set, 'in ctx')
        a = tg.create_task(child('a', 0), name='first')
        b = tg.create_task(child('b', 0.01), context=ctx)
        c = tg.create_task(child('c', 0))
        print(repr(tg), a.get_name(), c.get_name().startswith('Task-'))
    print(repr(tg), a.result(), b.result(), c.result())

    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(child('x', 0, ValueError('v')))
            tg.create_task(child('y', 0, KeyError('k')))
            tg.create_task(child('z', 1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled', repr(tg))
                raise
    except* ValueError as eg:
        print('ValueError part', repr(eg.exceptions), repr(tg))
    except* KeyError as eg:
        print('KeyError part', repr(eg.exceptions))

    # An error raised by the body itself joins the children's errors.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('p', 0, OSError('child')))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise TypeError('body')
    except ExceptionGroup as eg:
        print(eg.message, sorted(type(e).__name__ for e in eg.exceptions))

    # The body raises before any child fails: children are cancelled, the body's error comes out grouped.
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child('q', 1))
            raise LookupError('early')
    except ExceptionGroup as eg:
        print(repr(eg), t.cancelled())

    # Leaving with no tasks and no error.
    async with asyncio.TaskGroup() as tg:
        pass
    print(repr(tg))
    late = child('late', 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(type(e).__name__, str(e).replace(repr(tg), 'TG'))
    late.close()

asyncio.run(main())
