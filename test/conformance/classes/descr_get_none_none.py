# a native descriptor's __get__(None, None) is invalid; a built-in class method binds only to a subtype; re.sub with a repl neither str nor callable
import re
class A:
    @classmethod
    def f(cls): return cls
    @staticmethod
    def g(): return 1
    @property
    def p(self): return 5
    def m(self): return 2
cm = A.__dict__['f']; sm = A.__dict__['g']; pr = A.__dict__['p']; fn = A.__dict__['m']
for d in [cm, sm, pr, fn, str.upper, int.__add__, dict.__dict__['fromkeys'], A.__dict__['__dict__'], type.__dict__['__name__'], len]:
    for args in [(None,), (None, None), (None, A), (), (1, 2, 3)]:
        try:
            r = d.__get__(*args)
            print(type(r).__name__, end=" ")
        except (TypeError, AttributeError) as e:
            print(f"{type(e).__name__}: {e}", end=" | ")
    print()
for r in [1, 1.5, None, [1]]:
    for p, s in [("a", "a"), (b"a", b"a"), ("z", "abc")]:
        try:
            print(re.sub(p, r, s))
        except TypeError as e:
            print("TypeError:", e)
print(re.sub("a", lambda m: "X", "aba"), re.subn(b"a", bytearray(b"Y"), b"aba"))
