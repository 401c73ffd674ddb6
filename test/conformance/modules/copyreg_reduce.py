# copyreg: the registry, extension codes, and object.__reduce_ex__'s default reductions.
import copyreg
import copy


def show(rv):
    out = []
    for item in rv:
        if callable(item) and hasattr(item, '__name__'):
            out.append(item.__name__)
        elif type(item).__name__ in ('list_iterator', 'dict_itemiterator'):
            out.append(list(item))
        else:
            out.append(item)
    print(tuple(out))


class A:
    def __init__(self):
        self.x = 1


a = A()
for proto in range(6):
    show(a.__reduce_ex__(proto))
show(a.__reduce__())


class B(int):
    pass


show(B(3).__reduce_ex__(0))
show(B(3).__reduce_ex__(2))
show((5).__reduce_ex__(2))


class L(list):
    pass


l = L([1, 2])
l.y = 2
show(l.__reduce_ex__(2))


class D(dict):
    pass


show(D(a=1).__reduce_ex__(2))
show(D(a=1).__reduce_ex__(1))


class S:
    __slots__ = ('a', 'b')


s = S()
s.a = 1
show(s.__reduce_ex__(2))
print(copyreg._slotnames(S), S.__slotnames__)


class G:
    def __getnewargs_ex__(self):
        return (1,), {'k': 2}


show(G().__reduce_ex__(2))


class N:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


show(N(7).__reduce_ex__(3))


class WithReduce:
    def __reduce__(self):
        return (WithReduce, ())


show(WithReduce().__reduce_ex__(2))


class Bad:
    def __getnewargs__(self):
        return 5


class BadEx:
    def __getnewargs_ex__(self):
        return (1, 2, 3)


class SubSet(set):
    pass


ss = SubSet([1])
show(ss.__reduce_ex__(2))
ss.a = 1
show(ss.__reduce_ex__(2))
show(set([2]).__reduce_ex__(0))
show(bytearray(b'x\xff').__reduce_ex__(0))
show(bytearray(b'x').__reduce_ex__(3))
show(ValueError(1, 2).__reduce_ex__(2))
e = KeyError('k')
e.note = 3
show(e.__reduce_ex__(2))
show(object().__reduce_ex__(2))
show(object().__reduce_ex__(1))
print(copyreg.__newobj__(A).__class__.__name__, copyreg.__newobj_ex__(A, (), {}).__class__.__name__)
print(copyreg._reconstructor(B, int, 4), type(copyreg._reconstructor(B, int, 4)).__name__)


def gen():
    yield 1


tests = [
    lambda: Bad().__reduce_ex__(2),
    lambda: BadEx().__reduce_ex__(2),
    lambda: s.__reduce_ex__(1),
    lambda: gen().__reduce_ex__(2),
    lambda: gen().__reduce_ex__(0),
    lambda: copyreg.__reduce_ex__(2),
    lambda: object.__reduce_ex__(object()),
    lambda: object().__reduce_ex__('a'),
    lambda: object().__reduce__(1),
    lambda: [].__reduce_ex__(1),
    lambda: copyreg.pickle(A, 2),
    lambda: copyreg.add_extension('m', 'n', 0),
    lambda: copy.copy(gen()),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

copyreg.add_extension('m', 'n', 5)
copyreg.add_extension('m', 'n', 5)
for args in [('m', 'n2', 5), ('m', 'n', 6)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    copyreg.remove_extension('m', 'n', 6)
except ValueError as e:
    print('ValueError', e)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.remove_extension('m', 'n', 5)
print(copyreg._extension_registry, copyreg._inverted_registry)

# The dispatch table is consulted by copy too.
class P:
    def __init__(self, v):
        self.v = v


copyreg.pickle(P, lambda p: (P, (p.v * 10,)))
print(copy.copy(P(2)).v, copy.deepcopy([P(3)])[0].v)
print(copyreg.dispatch_table[complex](3 + 4j))
