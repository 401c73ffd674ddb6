# A built-in iterator's __reduce__ names builtins.iter (or reversed) as the program has it now,
# looked up before the iterator's state is read: a lookup that runs code and exhausts the
# iterator gives the empty form; a name deleted from builtins is AttributeError.
import builtins

orig = {'iter': iter, 'reversed': reversed}


class DrainingKey:
    """Equal to a builtin's name; comparing drains the iterator it holds."""

    def __init__(self, name, iterator):
        self.name = name
        self.iterator = iterator

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        list(self.iterator)
        return other == self.name


def reduce_while_draining(name, it):
    del builtins.__dict__[name]
    builtins.__dict__[DrainingKey(name, it)] = orig[name]
    try:
        return it.__reduce__()
    finally:
        del builtins.__dict__[name]
        builtins.__dict__[name] = orig[name]


for seq in ['xyz', [1, 2], (3, 4), b'ab', bytearray(b'cd'), range(3)]:
    r = reduce_while_draining('iter', iter(seq))
    print(type(seq).__name__, r[0] is orig['iter'], r[1:])
r = reduce_while_draining('reversed', reversed([1, 2, 3]))
print('reversed', r[0] is orig['iter'], r[1:])
countdown = iter([3, 2, 1, 0]).__next__
print(reduce_while_draining('iter', iter(countdown, 0))[1:])


def fake_iter(*args):
    return 'fake'


builtins.iter = fake_iter
try:
    print([1].__iter__().__reduce__()[0] is fake_iter)
finally:
    builtins.iter = orig['iter']
del builtins.iter
try:
    'ab'.__iter__().__reduce__()
except AttributeError as e:
    print('AttributeError:', e)
finally:
    builtins.iter = orig['iter']
print(iter('ab').__reduce__())
