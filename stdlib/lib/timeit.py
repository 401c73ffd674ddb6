# timeit: timing small pieces of code.
#
# Written for tpy from the module's documentation. `tpy -m timeit [-n N] [-r N] [-s S] [-u U] [-p] [-v] STMT...`
# prints "N loops, best of R: T usec per loop" as python3 -m timeit does. The module's
# docstring is the usage text -h prints, as CPython's is (set below, where the options are read).

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The seconds each unit stands for, largest first (the order a unit is picked in).
_UNITS = (("sec", 1.0), ("msec", 1e-3), ("usec", 1e-6), ("nsec", 1e-9))


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    # Continuation lines of a multi-line statement move with its first line.
    return src.replace("\n", "\n" + " " * indent)


def _inner_source(setup_code, stmt_code, extra_params):
    """The function Timer compiles: runs the setup, then the statement once per item of
    _it between two readings of _timer. Its layout is what tracebacks of the timed code
    show (def on line 2, the statement on line 6 after a one-line setup), as CPython's."""
    params = "_it, _timer" + "".join(", %s=%s" % (p, p) for p in extra_params)
    return "\n".join([
        "",
        "def inner(%s):" % params,
        "    " + setup_code,
        "    _t0 = _timer()",
        "    for _i in _it:",
        "        " + stmt_code,
        "        pass",  # so an empty statement still makes a loop body
        "    _t1 = _timer()",
        "    return _t1 - _t0",
        "",
    ])


class Timer:
    """Times a statement (a str or a callable), after a setup, with a timer function."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        # Callables are handed to inner() as default arguments, under these names.
        passed = {}
        if isinstance(setup, str):
            # Alone first, so that a syntax error in it is reported as its own.
            compile(setup, dummy_src_name, "exec")
            setup_code, prefix = reindent(setup, 4), setup + "\n"
        elif callable(setup):
            passed["_setup"] = setup
            setup_code, prefix = "_setup()", ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # With the setup before it, as the statement will run after it.
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt_code = reindent(stmt, 8)
        elif callable(stmt):
            passed["_stmt"] = stmt
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = _inner_source(setup_code, stmt_code, list(passed))
        namespace = dict(passed)
        exec(compile(self.src, dummy_src_name, "exec"), {} if globals is None else globals, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled, showing the timed code's
        lines: the generated source is put in linecache for the traceback to quote."""
        import linecache
        import traceback
        linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (after one run of the setup),
        with the garbage collector off meanwhile."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time_taken) for the first number of 1, 2, 5, 10, 20, 50, ... whose
        run takes 0.2 s or more; callback(number, time_taken) hears of each try."""
        decade = 1
        while True:
            for factor in (1, 2, 5):
                number = decade * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            decade *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# ---------------------------------------------------------------- the command line

def _format_duration(seconds, unit, precision):
    """'12.3 usec': in `unit`, or else the largest unit the duration reaches (nsec below)."""
    if unit is None:
        for unit, scale in _UNITS:
            if seconds >= scale:
                break
    else:
        scale = dict(_UNITS)[unit]
    return "%.*g %s" % (precision, seconds / scale, unit)


class _Settings:
    """What the command line asks for."""

    def __init__(self):
        self.number = 0  # 0: found by autorange
        self.repeat = default_repeat
        self.setup = []
        self.timer = default_timer
        self.unit = None
        self.verbose = 0
        self.precision = 3


# What -h prints and the module's __doc__: the usage text of CPython's command, which users compare against.
__doc__ = """Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""


def _read_options(opts):
    """_Settings from getopt's pairs, or the exit status when an option ends the run."""
    s = _Settings()
    for opt, value in opts:
        if opt in ("-n", "--number"):
            s.number = int(value)
        elif opt in ("-s", "--setup"):
            s.setup.append(value)
        elif opt in ("-u", "--unit"):
            if value not in dict(_UNITS):
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            s.unit = value
        elif opt in ("-r", "--repeat"):
            s.repeat = max(int(value), 1)
        elif opt in ("-p", "--process"):
            s.timer = time.process_time
        elif opt in ("-v", "--verbose"):
            # Each -v after the first shows one more digit.
            if s.verbose:
                s.precision += 1
            s.verbose += 1
        elif opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    return s


def main(args=None, *, _wrap_timer=None):
    """The command line: tpy -m timeit [options] [statement ...]. Returns the exit
    status (None when all went well)."""
    import getopt
    try:
        opts, stmts = getopt.getopt(sys.argv[1:] if args is None else args, "n:u:s:r:tcpvh",
                                    ["number=", "setup=", "repeat=", "time", "clock", "process",
                                     "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    s = _read_options(opts)
    if not isinstance(s, _Settings):
        return s
    import os
    sys.path.insert(0, os.curdir)  # the statement may import modules of the current directory
    timer = s.timer if _wrap_timer is None else _wrap_timer(s.timer)
    t = Timer("\n".join(stmts) or "pass", "\n".join(s.setup) or "pass", timer)

    def show(seconds):
        return _format_duration(seconds, s.unit, s.precision)

    number = s.number
    try:
        if number == 0:
            report = None
            if s.verbose:
                def report(n, taken):
                    print("%d loop%s -> %.*g secs" % (n, "s" if n != 1 else "", s.precision, taken))
            number = t.autorange(report)[0]
            if s.verbose:
                print()
        raw = t.repeat(s.repeat, number)
    except:
        t.print_exc()
        return 1
    if s.verbose:
        print("raw times: %s" % ", ".join(show(r) for r in raw))
        print()
    per_loop = [r / number for r in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", s.repeat, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was "
                               "more than four times slower than the best time (%s)."
                               % (show(worst), show(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
