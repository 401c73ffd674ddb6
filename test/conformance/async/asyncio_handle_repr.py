# How the loop shows a callback: Handle/TimerHandle reprs (args, partials, source location,
# cancelled, when=) and the "Exception in callback" report of one that raises
import asyncio
import functools
import re


def cb(*a, **k):
    pass


class O:
    def meth(self):
        pass


def show(h):
    print(re.sub(r"when=[0-9.e+-]+", "when=T", repr(h)).replace(__file__, "F"))


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "x" * 50)
    show(h)
    h.cancel()
    show(h)
    h = loop.call_later(10, functools.partial(cb, 5, k=2), 7)
    show(h)
    h.cancel()
    show(h)
    show(loop.call_soon(O().meth))
    show(loop.call_soon(print))
    show(loop.call_soon(lambda: 0))
    show(loop.call_at(loop.time() + 5, functools.partial(functools.partial(cb, 1), 2)))

    def handler(loop, context):
        print("handler:", context["message"].replace(__file__, "F"))
        print("  handle:", repr(context["handle"]).replace(__file__, "F"))
        print("  exception:", repr(context["exception"]))

    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(functools.partial(int, "x"))
    await asyncio.sleep(0.01)
    print("end main")


asyncio.run(main())
