"""Class for profiling Python code."""

# tpy's profile: the pure-Python deterministic profiler, driven by sys.setprofile.
#
# One hook receives every call/return/c_call/c_return/c_exception event, reads the clock,
# and charges the time since the previous event to the call running in between. The
# running calls form a chain of _Call records, innermost first (`self.cur`). A record's
# `charge` is the time its call event carried: that time passed in the caller, so it is
# added to the caller's own time when the record is closed. The bottom of the chain is a
# pretend call named 'profiler' (made by __init__), and above it a pretend call for the
# command being profiled (run/runctx/runcall); both have fake_frame objects as frames.
#
# Per function key (filename, firstlineno, name) -- ('', 0, name) for built-ins,
# ('profile', 0, label) for the pretend calls -- `timings` holds a _Tally. A call counts as
# primitive, and adds to the cumulative time, only when no other call of the same function
# is open below it, so recursion is not counted twice.
#
# Clocks: with no timer, time.process_time. A timer returning a number is used as is; one
# returning a sequence is summed (two items: user + system time).

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


def _report(profiler, filename, sort):
    # A file when one is named, else the printed report.
    if filename is None:
        profiler.print_stats(sort)
    else:
        profiler.dump_stats(filename)


def _profile_statement(profiler, statement, globals, locals, filename, sort):
    # A program that calls sys.exit() still gets its report.
    try:
        profiler.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _report(profiler, filename, sort)


def run(statement, filename=None, sort=-1):
    """Profiles `statement` (exec'd in __main__'s namespace), then prints the
    report sorted by `sort`, or saves the stats to `filename` when one is given."""
    import __main__
    namespace = __main__.__dict__
    _profile_statement(Profile(), statement, namespace, namespace, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the namespaces to exec `statement` in."""
    _profile_statement(Profile(), statement, globals, locals, filename, sort)


class _Call:
    """One open call on the profiler's chain."""

    def __init__(self, key, frame, charge, parent):
        self.key = key
        self.frame = frame
        self.charge = charge   # time spent in the caller before this call: the caller's, later
        self.own = 0           # time in this call's own code so far
        self.inner = 0         # time in the calls this one made, closed so far
        self.parent = parent


class _Tally:
    """What the profiler has gathered for one function."""

    def __init__(self):
        self.primitive = 0     # calls made while no other call of it was open
        self.open = 0          # calls of it on the chain now
        self.own = 0
        self.cumulative = 0
        self.callers = {}      # caller key -> number of calls


class Profile:
    """Profile(timer=None, bias=None): a deterministic profiler written in Python,
    on sys.setprofile (see the note at the top of the module)."""

    bias = 0  # calibration constant, seconds per event (see calibrate())

    class fake_code:
        """The code of a pretend call: what a function key is read from."""

        def __init__(self, filename, line, name):
            self.co_filename, self.co_line, self.co_name = filename, line, name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        """The frame of a pretend call, linked to the frame below it."""

        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        if bias is not None:
            self.bias = bias
        self.timer = timer or time.process_time
        self.get_time = self.timer
        if timer:
            # One reading tells whether the timer gives a number or numbers to add up.
            try:
                len(timer())
            except TypeError:
                pass
            else:
                self.get_time = lambda: sum(timer())
        self.dispatcher = self.trace_dispatch_i
        self.t = self.get_time()
        self.simulate_call('profiler')

    # ---- the hook: the time since the last event, less the bias, goes to the event's
    # handler; the clock is read again after it, so the profiler's own work is not charged.

    def trace_dispatch_i(self, frame, event, arg):
        """The hook, for any timer: get_time() gives the time as one number."""
        clock = self.get_time
        elapsed = clock() - self.t - self.bias
        if self._handlers[event](self, frame, arg, elapsed):
            self.t = clock()
        else:
            self.t = clock() - elapsed

    # CPython picks among variants by the timer's shape; get_time already hides it.
    trace_dispatch = trace_dispatch_l = trace_dispatch_i

    def trace_dispatch_mac(self, frame, event, arg):
        """The hook for a timer counting 60ths of a second."""
        elapsed = self.timer() / 60.0 - self.t - self.bias
        if self._handlers[event](self, frame, arg, elapsed):
            self.t = self.timer() / 60.0
        else:
            self.t = self.timer() / 60.0 - elapsed

    # ---- the handlers, by event; each returns true when it has done its bookkeeping.

    def _on_call(self, frame, arg, t):
        top = self.cur
        if top is not None and frame.f_back is not top.frame and not isinstance(top.frame, Profile.fake_frame):
            # The call on top is not the new frame's caller: it ended without a return
            # event (an exception took it), so close it first.
            assert top.frame.f_back is frame.f_back, ("Bad call", top.key, top.frame, top.frame.f_back,
                                                      frame, frame.f_back)
            self._on_return(top.frame, None, 0)
            assert self.cur is None or frame.f_back is self.cur.frame, ("Bad call", self.cur.key)
        code = frame.f_code
        return self._open((code.co_filename, code.co_firstlineno, code.co_name), frame, t)

    def _on_c_call(self, frame, arg, t):
        return self._open(("", 0, arg.__name__), frame, t)

    def _open(self, key, frame, t):
        self.cur = _Call(key, frame, t, self.cur)
        tally = self.timings.get(key)
        if tally is None:
            tally = self.timings[key] = _Tally()
        tally.open += 1
        return 1

    def _on_return(self, frame, arg, t):
        top = self.cur
        if frame is not top.frame:
            # frame's callee ended without a return event: close it first.
            assert frame is top.frame.f_back, ("Bad return", top.key)
            self._on_return(top.frame, None, 0)
            top = self.cur
        own = top.own + t
        total = own + top.inner
        caller = top.parent
        caller.own = caller.own + top.charge
        caller.inner = caller.inner + total
        self.cur = caller
        tally = self.timings[top.key]
        if tally.open == 1:
            tally.cumulative = tally.cumulative + total
            tally.primitive += 1
        tally.open -= 1
        tally.own = tally.own + own
        tally.callers[caller.key] = tally.callers.get(caller.key, 0) + 1
        return 1

    def _on_exception(self, frame, arg, t):
        top = self.cur
        if top.frame is not frame and top.parent is not None:
            # The exception has left top's frame: that call is over.
            return self._on_return(top.frame, arg, t)
        top.own = top.own + t
        return 1

    # A built-in's call is over whether it returned or raised.
    _handlers = {"call": _on_call, "return": _on_return, "exception": _on_exception,
                 "c_call": _on_c_call, "c_return": _on_return, "c_exception": _on_return}

    # ---- the pretend calls at the bottom of the chain

    def simulate_call(self, name):
        below = self.cur.frame if self.cur is not None else None
        self._on_call(self.fake_frame(self.fake_code('profile', 0, name), below), None, 0)

    def set_cmd(self, cmd):
        if self.cur.parent is not None:
            return  # a command is on the chain already
        self.cmd = cmd
        self.simulate_call(cmd)

    def simulate_cmd_complete(self):
        """Closes every call still open but the bottom one, charging the time since the last event to the innermost."""
        pending = self.get_time() - self.t
        while self.cur.parent is not None:
            self._on_return(self.cur.frame, None, pending)
            pending = 0
        self.t = self.get_time() - pending

    # ---- results

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as out:
            self.create_stats()
            marshal.dump(self.stats, out)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats in pstats' shape: (primitive calls, calls, own time, cumulative time, callers)."""
        self.stats = {
            key: (tally.primitive, sum(tally.callers.values()), tally.own, tally.cumulative,
                  dict(tally.callers))
            for key, tally in self.timings.items()}

    # ---- running something under the profiler

    def run(self, cmd):
        import __main__
        return self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    # ---- calibration: the time one event costs the profiler, to use as `bias`.

    def calibrate(self, m, verbose=0):
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        kept = self.bias
        self.bias = 0
        try:
            return _measure_event_cost(self.get_time, m, verbose)
        finally:
            self.bias = kept


def _calibration_inner(n):
    for _ in range(n):
        pass


def _calibration_outer(m):
    for _ in range(m):
        _calibration_inner(100)


def _measure_event_cost(clock, m, verbose):
    # m + 1 calls run with and without a (bias-free) profiler; the time the profile reports
    # for them beyond the unprofiled time is the cost of two events (call, return) per call.
    def say(label, value):
        if verbose:
            print(label, value)

    _calibration_outer(m)  # warm up
    start = clock()
    _calibration_outer(m)
    plain = clock() - start
    say("elapsed time without profiling =", plain)

    profiler = Profile()
    start = clock()
    profiler.runcall(_calibration_outer, m)
    say("elapsed time with profiling =", clock() - start)

    calls = 0.0
    reported = 0.0
    for (_, _, name), tally in profiler.timings.items():
        if name in ("_calibration_outer", "_calibration_inner"):
            calls += tally.primitive
            reported += tally.own
    say("'CPU seconds' profiler reported =", reported)
    say("total # calls =", calls)
    if calls != m + 1:
        raise ValueError("internal error: total calls = %d" % calls)
    mean = (reported - plain) / 2.0 / calls
    say("mean stopwatch overhead per profile event =", mean)
    return mean


# ____________________________________________________________
# The command line: tpy -m profile [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...

_USAGE = "Usage: profile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...\n"

_HELP = _USAGE + """
Options:
  -h, --help            show this help message and exit
  -o OUTFILE, --outfile=OUTFILE
                        Save stats to <outfile>
  -m                    Profile a library module.
  -s SORT, --sort=SORT  Sort order when printing to stdout, based on
                        pstats.Stats class
"""


def _run_program(code, globs, options):
    profiler = Profile()
    # DIVERGENCE: CPython names the pretend call for the program by its code object, which
    # tpy's marshal cannot write (-o); the code object's repr names it instead.
    profiler.set_cmd(repr(code))
    _profile_statement(profiler, code, globs, None, options['outfile'], options['sort'])


def main():
    # cProfile's command line, without its sort-key check (profile takes any -s).
    from cProfile import _command_line, _parse_command_line
    _command_line('profile.py', _USAGE, _HELP,
                  lambda argv: _parse_command_line(argv, None, ('--help', '--outfile', '--sort'), -1),
                  _run_program)


if __name__ == '__main__':
    main()
