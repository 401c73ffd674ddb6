# TypedDict: __required_keys__/__optional_keys__ from totality, Required and NotRequired, through inheritance.
from typing import TypedDict, Required, NotRequired
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
class Full(Movie):
    rating: float
    extra: NotRequired[str]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), sorted(Full.__required_keys__), sorted(Full.__optional_keys__), Full.__total__)
P = TypedDict('P', {'a': int, 'b': str}, total=False)
print(sorted(P.__optional_keys__), P.__required_keys__, P(a=1))
