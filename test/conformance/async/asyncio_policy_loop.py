# Event loop policies and the current loop: get_event_loop before and after asyncio.run, set_event_loop, Future() without a loop.
import asyncio

def attempt(label, call):
    try:
        result = call()
        print(label, 'ok', type(result).__name__)
    except RuntimeError as e:
        print(label, type(e).__name__, e)

async def answer():
    return 42

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(asyncio.DefaultEventLoopPolicy.__name__, isinstance(policy, asyncio.DefaultEventLoopPolicy))
print(asyncio.get_event_loop_policy() is policy)
attempt('get_event_loop at start', asyncio.get_event_loop)
first = asyncio.get_event_loop()
print('same loop again', asyncio.get_event_loop() is first, policy.get_event_loop() is first)
attempt('Future at start', asyncio.Future)
print(asyncio.run(answer()))
attempt('get_event_loop after run', asyncio.get_event_loop)
attempt('Future after run', asyncio.Future)
attempt('gather() after run', asyncio.gather)
coro = answer()
attempt('ensure_future after run', lambda: asyncio.ensure_future(coro))
coro.close()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('set loop is current', asyncio.get_event_loop() is loop, policy.get_event_loop() is loop)
print(loop.run_until_complete(answer()))
asyncio.set_event_loop(None)
attempt('after set_event_loop(None)', asyncio.get_event_loop)
loop.close()
first.close()
# A fresh policy starts with no loop set, so it makes one.
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
print('new policy', asyncio.get_event_loop_policy() is not policy)
fresh = asyncio.get_event_loop()
print(type(fresh).__name__, fresh.is_closed())
fresh.close()
asyncio.set_event_loop_policy(None)
print('default again', type(asyncio.get_event_loop_policy()).__name__)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print(type(e).__name__, e)
p = asyncio.get_event_loop_policy()
try:
    p.set_event_loop(42)
except TypeError as e:
    print(type(e).__name__, e)
loop = p.new_event_loop()
print(type(loop).__name__, loop.is_running())
loop.close()
# Inside a running loop, get_event_loop returns it whatever is set.
async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print('inside', asyncio.run(inside()))
# The abstract policy leaves everything to subclasses.
abstract = asyncio.AbstractEventLoopPolicy()
for name in ('get_event_loop', 'new_event_loop'):
    try:
        getattr(abstract, name)()
    except NotImplementedError as e:
        print(name, type(e).__name__, e.args)
