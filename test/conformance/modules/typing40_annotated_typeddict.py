# Annotated as a base, forward references inside it, its equality, and TypedDict keys
# through inheritance and Annotated[Required[...]].
from typing import (Annotated, ForwardRef, List, Literal, NotRequired, Required,
                    TypedDict, Union, get_type_hints)

class S(Annotated[int, 'meta']):
    pass
print(S.__mro__, S(3) + 1)

print(Annotated[int, 4, 5] == Annotated[int, 5, 4], Annotated[int, 4, 5] == Annotated[int, 4, 5])
print(hash(Annotated[int, 4, 5]) == hash(Annotated[int, 4, 5]))
print(Annotated['int', 'x'], Annotated['int', 'x'].__origin__)

class Movie(TypedDict):
    title: Annotated['Annotated[Required[str], "foobar"]', "another level"]
    year: NotRequired['Annotated[int, 2000]']
    rating: Annotated[NotRequired[float], 'stars']

print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(get_type_hints(Movie))
print(get_type_hints(Movie, include_extras=True))

class Base1(TypedDict):
    a: NotRequired[int]
class Base2(TypedDict):
    a: Required[str]
class Child(Base1, Base2):
    pass
print(Child.__annotations__, Child.__required_keys__, Child.__optional_keys__)
class Child2(Base2, Base1):
    pass
print(Child2.__annotations__, Child2.__required_keys__, Child2.__optional_keys__)

class TD(TypedDict):
    cls: type
    self: object
td = TD(cls=str, self=42)
print(td, type(td))

print(ForwardRef('X') | 'Y', 'Y' | ForwardRef('X'), ForwardRef('X') | int)
print(ForwardRef('X') | 'Y' == Union['X', 'Y'])

print(Literal[[], []].__args__, Literal[1, 1, True, 1].__args__)
print(get_type_hints(type), get_type_hints(int))
try:
    Literal[{}] == Literal[{}]
except TypeError as e:
    print('TypeError:', e)
