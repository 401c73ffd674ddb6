# The SyntaxErrors of await, async for/with, yield from and return in async code, compiled with compile().
sources = [
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield from x",
    "def f():\n    async for x in y: pass",
    "async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "class C:\n    await x",
    "lambda: await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g(): return [x async for x in y]",
    "[x async for x in y]",
]
for src in sources:
    try:
        compile(src, 'src', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
ok = [
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [x for x in y if await x]",
    "async def f():\n    return -await x ** 2",
]
for src in ok:
    compile(src, 'src', 'exec')
    print('ok', repr(src))
