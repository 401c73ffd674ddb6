# str's iterator is str_ascii_iterator for an ASCII str, str_iterator for any other.
import pickle
for s in ['', 'abc', 'é', 'naïve', '日本', 'a\U0001F600b', '\x7f', '\x80']:
    it = iter(s)
    print(repr(s), type(it).__name__, type(it).__qualname__, it.__length_hint__(), list(it))

it = iter('héllo')
next(it); next(it)
print(type(it).__name__, it.__reduce__(), list(pickle.loads(pickle.dumps(it))))
it.__setstate__(4)
print(list(it))
it = iter('hello')
next(it)
print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))))
print(type(iter('a')) is type(iter('b')), type(iter('a')) is type(iter('é')))
try:
    type(iter('é'))()
except TypeError as e:
    print(e)
for ch in 'ça':
    print(ch, end=' ')
print()

# A str subclass's iterator is str_iterator even when its value is ASCII.
class Name(str):
    pass
print(type(iter(Name('abc'))).__name__, list(Name('ab')))
