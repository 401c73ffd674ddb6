# functools.get_cache_token (abc's): it changes when a class is registered with an ABC, which is
# what singledispatch watches to forget its dispatch cache.
import abc
import collections.abc
import functools

print(functools.get_cache_token is abc.get_cache_token, type(functools.get_cache_token()).__name__)


@functools.singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: collections.abc.Sequence):
    return 'sequence'


class Rows:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError(i)


before = functools.get_cache_token()
print(describe(Rows()), describe([1]), describe(3))
collections.abc.Sequence.register(Rows)
print(functools.get_cache_token() != before, describe(Rows()))
same = functools.get_cache_token()
print(describe((1,)), functools.get_cache_token() == same)
