# typing's own classes cannot be subclassed, and a subscripted special form is no base.
import typing
from typing import (ClassVar, Final, Generic, List, Literal, NoReturn, Optional, Self,
                    Tuple, TypeVar, Union)

T = TypeVar('T')
for label, base in [('type(NoReturn)', type(NoReturn)), ('type(Union)', type(Union)),
                    ('type(Union[int, str])', type(Union[int, str])), ('TypeVar', TypeVar),
                    ('type(T)', type(T)), ('type(Self)', type(Self)),
                    ('type(ClassVar[int])', type(ClassVar[int])), ('type(List)', type(List)),
                    ('type(List[int])', type(List[int])), ('typing.ForwardRef', typing.ForwardRef),
                    ('Union[int, str]', Union[int, str]), ('Optional[int]', Optional[int]),
                    ('Literal[1]', Literal[1]), ('Final[int]', Final[int])]:
    try:
        class Sub(base):
            pass
        print(label, 'subclassed', Sub.__mro__)
    except TypeError as e:
        print(label, '->', e)

# Ordinary generic bases still work.
class Box(List[int]):
    pass
print(Box.__mro__)

# Generic[T] declares parameters and cannot be filled in.
for fill in (lambda: Generic[T][int], lambda: typing.Protocol[T][int]):
    try:
        fill()
    except TypeError as e:
        print('TypeError:', e)

# An unsubscripted generic base with a different Generic[...] (gh-94607).
T_co = TypeVar('T_co', covariant=True)
class Base(Generic[T_co]):
    pass
class Sub(Base, Generic[T]):
    pass
print(Sub.__parameters__, Sub[int])

# Attributes set through an alias land on the class.
class C(Generic[T]):
    x = 'def'
C[int].x = 'changed'
C[List[str]].z = 'new'
print(C.x, C.z, C[str].x, C().z)

# Strings are forward references in any class subscription.
print(C['int'], C[None])
try:
    Generic['/T']
except SyntaxError as e:
    print('SyntaxError:', e)

# Unsubscripted aliases compare origins inside unions.
print(issubclass(typing.List, typing.List | typing.Tuple))
print(issubclass(typing.Dict, typing.List | typing.Tuple))
print(issubclass(list, typing.List | typing.Tuple), isinstance((), typing.List | typing.Tuple))
try:
    issubclass(List[int], typing.List)
except TypeError as e:
    print('TypeError:', e)

# An error from a (cached) subscription has no cache lookup as its context.
for bad in (lambda: List[int, str], lambda: Generic[int], lambda: Union[()]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e, '| context:', repr(e.__context__))
