# Bases whose instances built-in types lay out differently cannot be combined: CPython's "lay-out conflict".
import collections, enum
cases = [
    ('int', 'str'), ('list', 'dict'), ('int', 'float'), ('Exception', 'int'), ('list', 'tuple'), ('dict', 'set'),
    ('str', 'bytes'), ('ValueError', 'KeyError'), ('OSError', 'ValueError'), ('OSError', 'ImportError'),
    ('StopIteration', 'OSError'), ('SystemExit', 'KeyError'), ('AttributeError', 'NameError'),
    ('UnicodeDecodeError', 'ValueError'), ('dict', 'object'), ('collections.OrderedDict', 'dict'), ('Exception', 'dict'),
    ('BaseException', 'object'), ('int', 'Exception'), ('int', 'enum.Enum'), ('float', 'int'), ('frozenset', 'set'),
    ('bytearray', 'bytes'), ('type', 'int'), ('SyntaxError', 'ImportError'), ('IndentationError', 'SyntaxError'),
    ('ConnectionError', 'TimeoutError'), ('FileNotFoundError', 'PermissionError'), ('LookupError', 'ArithmeticError'),
    ('collections.Counter', 'dict'),
]
for a, b in cases:
    try:
        exec(f'class B({a}, {b}): pass')
        print(a, b, 'ok')
    except TypeError as e:
        print(a, b, 'TypeError:', e)
class A(int): pass
class C(str): pass
try:
    class D(A, C): pass
except TypeError as e:
    print('A(int), C(str):', e)
class E(A): pass
class F(E, int): pass
print(F.__mro__)
# type() reconciles the metaclasses before it looks at the bases themselves.
for bases in [(1,), (int, 1), (object, 'x')]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(bases, 'TypeError:', e)
