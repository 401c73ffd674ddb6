# frame.f_lineno = N in coroutines: async for / async with / async comprehensions, as 3.11 allows them.
import asyncio
import sys


def jump(func, frm, to):
    """Runs asyncio.run(func(output)) traced; at line def+frm of func, jumps to def+to once."""
    code = func.__code__
    first = code.co_firstlineno
    done = []

    def tracer(frame, ev, arg):
        if done:
            return None
        if ev == 'line' and frame.f_code is code and frame.f_lineno == first + frm:
            done.append(1)
            frame.f_lineno = first + to
        return tracer

    output = []
    sys.settrace(tracer)
    try:
        asyncio.run(func(output))
    except Exception as e:
        output.append((type(e).__name__, str(e)))
    finally:
        sys.settrace(None)
    print(func.__name__, frm, '->', to, output, '' if done else '(no jump)')


class acm:
    def __init__(self, output, n):
        self.output = output
        self.n = n

    async def __aenter__(self):
        self.output.append(self.n)

    async def __aexit__(self, *exc):
        self.output.append(-self.n)


async def aiter_of(items):
    for item in items:
        yield item


async def afor_out(out):
    for i in [1]:
        async for j in aiter_of([1, 2]):
            out.append(3)
            out.append(4)
        out.append(5)

jump(afor_out, 4, 5)


async def afor_back(out):
    for i in [1]:
        out.append(2)
        async for j in aiter_of([1]):
            out.append(4)
            out.append(5)
        out.append(6)

jump(afor_back, 5, 2)


async def afor_into(out):
    out.append(1)
    async for j in aiter_of([1, 2]):
        out.append(3)
    pass

jump(afor_into, 1, 3)


async def afor_back_into(out):
    async for j in aiter_of([1, 2]):
        out.append(2)
    out.append(3)

jump(afor_back_into, 3, 2)


async def awith_out(out):
    async with acm(out, 1):
        out.append(2)
    out.append(3)

jump(awith_out, 2, 3)
jump(awith_out, 3, 2)


async def awith_back(out):
    out.append(1)
    async with acm(out, 2):
        out.append(3)

jump(awith_back, 3, 1)
jump(awith_back, 1, 3)


async def awith_across(out):
    out.append(1)
    async with acm(out, 2):
        out.append(3)
    async with acm(out, 4):
        out.append(5)

jump(awith_across, 2, 4)
jump(awith_across, 3, 5)


async def awith_in_for(out):
    out.append(1)
    for i in [1]:
        async with acm(out, 3):
            out.append(4)
        out.append(5)
    out.append(6)

jump(awith_in_for, 4, 5)


async def awith_in_with(out):
    out.append(1)
    with open(__file__) as f:
        async with acm(out, 3):
            out.append(4)
        out.append(5)
    out.append(6)

jump(awith_in_with, 4, 5)


async def awith_in_finally(out):
    try:
        out.append(2)
    finally:
        async with acm(out, 4):
            out.append(5)
        out.append(6)
    out.append(7)

jump(awith_in_finally, 5, 6)


async def awith_as(out):
    out.append(1)
    async with acm(out, 2) \
            as x:
        out.append(4)
    out.append(5)

jump(awith_as, 3, 5)


async def afor_before_else(out):
    out.append(1)
    if not out:
        async for i in aiter_of([3]):
            out.append(4)
    else:
        out.append(6)
        out.append(7)
    out.append(8)

jump(afor_before_else, 1, 7)
jump(afor_before_else, 7, 4)


async def acomp_forward(out):
    out.append(1)
    x = [i async for i in aiter_of(range(10))]
    out.append(3)

jump(acomp_forward, 2, 3)


async def acomp_back(out):
    a = 1
    x = [i async for i in aiter_of(range(10))]
    c = 3

jump(acomp_back, 3, 1)


async def acomp_back2(out):
    flag = False
    out.append(2)
    if flag:
        return
    x = [i async for i in aiter_of(range(5))]
    flag = 6
    out.append(7)
    out.append(8)

jump(acomp_back2, 8, 2)


async def await_between(out):
    out.append(1)
    await asyncio.sleep(0)
    out.append(3)
    await asyncio.sleep(0)
    out.append(5)

jump(await_between, 3, 5)
jump(await_between, 5, 1)
