# ExitStack keeps its exits in a deque named _exit_callbacks of (is_sync, callback), as CPython.
import asyncio
import contextlib


class CM:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0])


with contextlib.ExitStack() as s:
    print(type(s._exit_callbacks).__name__, len(s._exit_callbacks))
    s.callback(print, 'cb')
    s.enter_context(CM())
    s.push(lambda *exc: print('pushed', exc[0]))
    print([entry[0] for entry in s._exit_callbacks], s._exit_callbacks[0][1].__wrapped__ is print)
s = contextlib.ExitStack()
s.callback(print, 'moved')
s2 = s.pop_all()
print(len(s._exit_callbacks), len(s2._exit_callbacks), type(s2._exit_callbacks).__name__)
s2.close()
print(len(s2._exit_callbacks))


async def main():
    async with contextlib.AsyncExitStack() as a:
        async def acb():
            print('async cb')
        a.push_async_callback(acb)
        a.callback(print, 'sync cb')
        print(type(a._exit_callbacks).__name__, [entry[0] for entry in a._exit_callbacks])


asyncio.run(main())
