# trace.CoverageResults: update, write_results (.cover files, missing lines, summary), saved counts
import io
import os
import shutil
import sys
import tempfile
import trace
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def classify(n):
    """A docstring
    over two lines."""
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'  #pragma NO COVER
    return 'pos'


def never_called(x):
    y = x + 1
    return y


class Shape:
    def area(self):
        return 0


def run_all():
    for n in (3, 5):
        classify(n)
    Shape().area()


def quiet(fn, *args):
    # Runs fn, printing its stdout with this program's folder left out of paths.
    buf = io.StringIO()
    with redirect_stdout(buf):
        fn(*args)
    print(buf.getvalue().replace(HERE, ''), end='')


def between(text, first, last):
    # The .cover lines from the one holding `first` up to the one holding `last`.
    start = text.rfind('\n', 0, text.index(first)) + 1
    return text[start:text.rfind('\n', 0, text.index(last)) + 1]


t = trace.Trace(count=1, trace=0, countfuncs=0)
t.runfunc(run_all)
res = t.results()
tmp = tempfile.mkdtemp()
try:
    print('-- write_results to a coverdir, with missing lines and a summary')
    quiet(res.write_results, True, True, tmp)
    print(sorted(os.listdir(tmp)))
    with open(os.path.join(tmp, 'trace_results.cover')) as f:
        text = f.read()
    print(between(text, 'def classify', 'def quiet'), end='')

    print('-- without missing lines')
    quiet(res.write_results, False, True, tmp)
    with open(os.path.join(tmp, 'trace_results.cover')) as f:
        text = f.read()
    print(between(text, 'def never_called', 'class Shape'), end='')

    print('-- update adds counts')
    other = trace.CoverageResults({('trace_results.py', 1): 2}, {('f', 'm', 'g'): 1},
                                  callers={(('a', 'b', 'c'), ('d', 'e', 'f')): 1})
    base = trace.CoverageResults({('trace_results.py', 1): 3})
    base.update(other)
    base.update(other)
    print(base.counts, base.calledfuncs, base.callers)
    print(base.counter)

    print('-- calledfuncs and callers printed')
    funcs = {('b.py', 'b', 'g'): 1, ('a.py', 'a', 'f'): 1}
    callers = {(('a.py', 'a', 'f'), ('b.py', 'b', 'g')): 1,
               (('a.py', 'a', 'f'), ('a.py', 'a', 'h')): 1,
               (('a.py', 'a', 'main'), ('b.py', 'b', 'g')): 1,
               (('b.py', 'b', 'g'), ('b.py', 'b', 'k')): 1}
    trace.CoverageResults(calledfuncs=funcs, callers=callers).write_results()

    print('-- ignored file names')
    r = trace.CoverageResults({('<string>', 1): 1, ('<stdin>', 2): 4})
    print(r.is_ignored_filename('<string>'), r.is_ignored_filename('x.py'))
    r.write_results(True, True, tmp)
    print(sorted(os.listdir(tmp)))

    print('-- outfile then infile')
    saved = os.path.join(tmp, 'counts.pkl')
    r = trace.CoverageResults({('<string>', 1): 5}, outfile=saved)
    r.write_results(False, False, tmp)
    again = trace.CoverageResults({('<string>', 1): 1}, infile=saved)
    print(again.counts)
    missing = trace.CoverageResults(infile='no_such_counts.pkl')
    print(missing.counts)

    print('-- a .cover file that cannot be written')
    print(trace.CoverageResults().write_results_file(
        os.path.join('no', 'such', 'dir', 'x.cover'), ['a\n'], {}, {}))
    print('-- write_results_file: counts, markers, tabs')
    out = os.path.join(tmp, 'lines.cover')
    print(trace.CoverageResults().write_results_file(
        out, ['a = 1\n', '\tb = 2\n', 'c = 3  #pragma NO COVER\n', '# note\n'],
        {1: 1, 2: 1, 3: 1}, {1: 12345}))
    with open(out) as f:
        print(f.read(), end='')
finally:
    shutil.rmtree(tmp)
