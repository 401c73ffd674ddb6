# A __context__ chain that already holds a cycle: raising inside it terminates (Floyd, as CPython),
# and the traceback printers stop at an exception already shown.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as x:
    print(x.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

import traceback
traceback.print_exception(x)
cycle()
