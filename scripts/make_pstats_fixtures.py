#!/usr/bin/env python3
"""Writes the .prof fixtures of test/conformance/pstats/_data with CPython 3.11's profilers.

    /usr/bin/python3 scripts/make_pstats_fixtures.py

Each profile comes from a small program run under cProfile (or the pure-Python
`profile` module, whose callers are plain counts) with a deterministic timer: a
counter advanced by one on every call of the timer, so every run writes the same
bytes. The programs are compiled under fixed file names so the fixtures do not
depend on where the repository lives. `edge.prof` is written directly with marshal
to hold cases no small program produces (a function never called, a top-level entry).
"""

import cProfile
import marshal
import os
import profile
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'conformance', 'pstats', '_data')

DEMO = '''\
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return sum(range(self.n))

def squares(n):
    for i in range(n):
        yield i * i

def main():
    total = fib(7)
    shapes = [Shape(i) for i in range(5)]
    areas = sorted(s.area() for s in shapes)
    words = []
    for w in 'a bb ccc'.split():
        words.append(len(w))
    total += sum(squares(4)) + helper_a(3) + helper_b(2)
    return total, areas, words
'''

# Two modules in different folders with the same file name, line and function name:
# strip_dirs() merges their entries.
UTIL = '''\
def helper(n):
    return [str(i) for i in range(n)].__len__()
'''

SECOND = '''\
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def walk(depth):
    if depth:
        walk(depth - 1)
    return max(depth, 0)

def main():
    walk(3)
    return fib(4)
'''


def counter_timer():
    ticks = [0]

    def timer():
        ticks[0] += 1
        return ticks[0]
    return timer


def load(source, filename, namespace=None):
    ns = {} if namespace is None else namespace
    exec(compile(source, filename, 'exec'), ns)
    return ns


def demo_namespace():
    ns = {'helper_a': load(UTIL, '/srv/app/util.py')['helper'],
          'helper_b': load(UTIL, '/srv/other/util.py')['helper']}
    return load(DEMO, '/srv/app/demo.py', ns)


def run_cprofile(main, name):
    pr = cProfile.Profile(counter_timer(), 0.001)
    pr.enable()
    main()
    pr.disable()
    pr.dump_stats(os.path.join(OUT, name))


def run_profile(main, name):
    pr = profile.Profile(counter_timer())
    # runctx, not runcall: the label of a runcall entry holds the function's address.
    pr.runctx('main()', {'main': main}, {})
    pr.dump_stats(os.path.join(OUT, name))


def write_edge(name):
    never = ('/srv/app/edge.py', 30, 'never_called')
    main = ('/srv/app/edge.py', 1, 'main')
    work = ('/srv/app/edge.py', 10, 'work')
    top = ('jprofile', 0, 'profiler')
    stats = {
        main: (1, 1, 0.25, 1.5, {top: (1, 1, 0.25, 1.5)}),
        work: (3, 7, 1.0, 1.25, {main: (3, 7, 1.0, 1.25)}),
        ('~', 0, '<built-in method builtins.len>'): (9, 9, 0.125, 0.125, {work: (9, 9, 0.125, 0.125)}),
        ('~', 0, 'plain_builtin_name'): (2, 2, 0.0, 0.0, {work: (2, 2, 0.0, 0.0)}),
        never: (0, 0, 0.0, 0.0, {}),
    }
    with open(os.path.join(OUT, name), 'wb') as f:
        marshal.dump(stats, f)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('make_pstats_fixtures: run this with CPython 3.11')
    os.makedirs(OUT, exist_ok=True)
    run_cprofile(demo_namespace()['main'], 'demo.prof')
    run_cprofile(load(SECOND, '/srv/app/second.py')['main'], 'second.prof')
    run_profile(demo_namespace()['main'], 'demo_profile_module.prof')
    write_edge('edge.prof')


if __name__ == '__main__':
    main()
