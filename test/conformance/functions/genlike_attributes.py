# The attributes generators, coroutines and async generators share: settable names, frame, code, delegate, running
import types
def g(): yield 1
async def c(): return 1
async def ag(): yield 1
for obj, prefix in [(g(), 'gi'), (c(), 'cr'), (ag(), 'ag')]:
    obj.__name__ = 'renamed'
    obj.__qualname__ = 'Q.renamed'
    print(obj.__name__, obj.__qualname__, getattr(obj, prefix + '_frame') is not None, getattr(obj, prefix + '_code').co_name, getattr(obj, prefix + '_running'))
    try:
        obj.__name__ = 3
    except TypeError as e:
        print(e)
    if prefix == 'cr':
        print(obj.cr_await, obj.cr_suspended)
        obj.close()
        print(obj.cr_frame)
    elif prefix == 'gi':
        print(obj.gi_yieldfrom, obj.gi_suspended)
        obj.close()
        print(obj.gi_frame)
    else:
        print(obj.ag_await)
