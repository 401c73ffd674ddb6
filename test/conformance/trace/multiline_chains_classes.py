import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def documented(a):
    """A docstring.

    Over lines.
    """
    return a


def chains(s):
    words = (s.strip()
              .lower()
              .split())
    d = {}
    d[
        'k'] = len(
        words)
    part = words[
        1:
        2]
    del (d['k'],
         part)
    total = sum(
        len(w)
        for w in words
    )
    big = {w: len(w)
           for w in words
           if w}
    return (total,
            big)


class Base:
    pass


class Derived(Base,
              metaclass=type):
    x = (1 +
         2)

    def m(self,
          a=lambda: (
              0)):
        return a()


def starcalls(*args, **kw):
    return len(args) + len(kw)


def use_star():
    return starcalls(*[1, 2],
                     3,
                     **{'a': 1},
                     b=2)


sys.settrace(tracer)
print(documented(1))
print(chains('  The quick Brown fox '))
print(Derived().m())
print(use_star())
sys.settrace(None)
