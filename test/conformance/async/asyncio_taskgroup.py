# asyncio.TaskGroup: results, errors gathered into an ExceptionGroup, sibling and body cancellation, reprs, misuse.
import asyncio

async def work(name, delay, result=None, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail is not None:
        print(name, 'fails')
        raise fail
    print(name, 'done')
    return result

def show_group(eg):
    print(type(eg).__name__, str(eg), [type(e).__name__ + ':' + str(e) for e in eg.exceptions])

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(work('a', 0.01, 1))
        b = tg.create_task(work('b', 0.02, 2), name='bee')
        print(repr(tg), b.get_name())
    print('results', a.result(), b.result(), repr(tg))
    # One child fails: its siblings and the body are cancelled, the error comes out grouped.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('slow', 1))
            tg.create_task(work('bad', 0.01, fail=ValueError('v')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled', asyncio.current_task().cancelling())
                raise
    except ExceptionGroup as eg:
        show_group(eg)
    print('cancelling after', asyncio.current_task().cancelling())
    # Two children fail at the same turn: both are reported, in order.
    try:
        async with asyncio.TaskGroup() as tg:
            # (sleep(0): both resume in the same turn, whatever the timers' precision.)
            tg.create_task(work('x', 0, fail=KeyError('k')))
            tg.create_task(work('y', 0, fail=TypeError('t')))
    except* KeyError as eg:
        print('except* KeyError', [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('except* TypeError', [str(e) for e in eg.exceptions])
    # The body raises: children are cancelled, the body's error joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 1))
            await asyncio.sleep(0)
            raise ZeroDivisionError('body')
    except ExceptionGroup as eg:
        show_group(eg)
    # A child that swallows its cancellation still lets the group finish.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('stubborn ignores cancel')
        return 'late'
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(work('boom', 0.01, fail=RuntimeError('r')))
    except ExceptionGroup as eg:
        show_group(eg)
    print('stubborn result', s.result())
    # Empty group, and a group whose tasks all finished before exit.
    async with asyncio.TaskGroup():
        pass
    print('empty ok')

asyncio.run(main())
