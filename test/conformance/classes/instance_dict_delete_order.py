# Deleting instance attributes: the dict's order after deletions and re-sets (the last attribute set
# and deleted first stays in tpy's compact split form; any other order combines it), missing ones,
# and a @contextmanager manager entered twice.
class A: pass
a = A(); a.x = 1; a.y = 2; a.z = 3
del a.z; print(vars(a)); a.z = 4; print(vars(a))
del a.z; del a.y; print(vars(a)); a.w = 5; a.y = 6; print(vars(a))
b = A(); b.x = 1; b.y = 2; del b.x; print(vars(b)); b.x = 3; print(vars(b), len(vars(b)))
try: del b.q
except AttributeError as e: print(e)
c = A(); c.x = 1; del c.x; print(vars(c), hasattr(c, 'x'));
try: del c.x
except AttributeError as e: print(e)
d = A(); d.y = 9; d.x = 8; print(vars(d)); del d.x; d.z = 1; print(vars(d), d.__dict__.get('x'), 'x' in d.__dict__)
import contextlib
@contextlib.contextmanager
def cm():
    """doc"""
    yield 1
m = cm(); print(m.__doc__, sorted(vars(m)))
with m as v: print(v, sorted(vars(m)))
try:
    with m: pass
except AttributeError as e: print('AttributeError', e)
