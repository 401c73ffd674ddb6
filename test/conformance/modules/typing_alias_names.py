# __name__/__qualname__/__module__ of typing's special forms and subscripted aliases (dataclass field reports read them)
import typing
import pickle
import copy
from typing import Optional, Union, List, Dict, Callable, Literal, Annotated, Generic, TypeVar, ClassVar

T = TypeVar("T")


class Box(Generic[T]):
    pass


for t in [Optional[str], Union[int, str], Union[int, None], Union[int, str, None], List[int], Dict[str, int],
          Callable[[int], str], Literal[1], Annotated[int, "meta"], ClassVar[int], typing.Tuple[int, ...],
          list[int], Box[int], typing.Any]:
    print(repr(t), getattr(t, "__name__", None), getattr(t, "__qualname__", None))
for form in [Union, Optional, ClassVar, Literal, typing.Final, typing.Concatenate, List, Dict, Callable, Generic]:
    print(repr(form), form.__name__)
print(Box[int].__module__, List[int].__module__, Optional[int].__module__)
print(pickle.loads(pickle.dumps(Optional[int])), copy.deepcopy(Union[int, str, None]), pickle.loads(pickle.dumps(Union[int, str])))
try:
    Optional[int].__foo__
except AttributeError as e:
    print("AttributeError:", e)
