# del obj.__dict__: a plain instance drops its dict; a function, an exception (and their
# subclasses' instances) refuse, as PyObject_GenericSetDict does; a type's is read-only.
import types


def f():
    pass


class C:
    pass


class E(Exception):
    pass


class L(list):
    pass


c = C()
c.a = 1
objs = [f, lambda: 0, ValueError('x'), E(), c, L(), types.ModuleType('m')]
for o in objs:
    for act in ('del', 'none', 'dict'):
        try:
            if act == 'del':
                del o.__dict__
            elif act == 'none':
                o.__dict__ = None
            else:
                o.__dict__ = {'q': 1}
            print(type(o).__name__, act, 'ok', o.__dict__)
        except Exception as e:
            print(type(o).__name__, act, type(e).__name__, e)
for t in (C, int):
    try:
        del t.__dict__
    except Exception as e:
        print(type(e).__name__, e)
c2 = C()
c2.x = 1
del c2.__dict__
print(c2.__dict__, hasattr(c2, 'x'))
c2.y = 2
print(c2.__dict__)


class S:
    __slots__ = ('a',)


try:
    del S().__dict__
except AttributeError as e:
    print(e)
