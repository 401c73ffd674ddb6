# An uncaught exception raised through awaits: the traceback shows each coroutine's await line.
async def inner(x):
    return 10 // x

async def middle(x):
    v = await inner(x)
    return v

async def outer():
    print('start')
    return await middle(0)

outer().send(None)
