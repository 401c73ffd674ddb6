"""Class for profiling Python code."""

# tpy's profile: the pure-Python deterministic profiler, driven by sys.setprofile.
#
# How it works: one hook (the "dispatcher") receives every call/return/c_call/
# c_return/c_exception event, reads the timer, and charges the time since the
# previous event to the function running in between. The running calls form a
# chain of records, innermost first:
#
#     cur = (charge_to_parent, own_time, subcall_time, func_key, frame, parent_record)
#
# charge_to_parent is the time the call was made at (it is added to the parent's
# own time when the call returns); own_time and subcall_time grow as events come.
# Per function key (filename, firstlineno, name) -- ('', 0, name) for built-ins,
# ('profile', 0, label) for the two pretend frames -- `timings` keeps
#
#     (primitive calls, active calls - 1, own time, cumulative time, {caller key: calls})
#
# where a call counts as primitive, and adds to the cumulative time, only when no
# other call of the same function is on the chain. The bottom of the chain is a
# pretend frame called 'profiler' (made by __init__), and above it a pretend frame
# for the command being profiled (run/runctx/runcall); create_stats() returns every
# record but the bottom one, so 'profiler' is listed with no calls.
#
# Timers: with no timer, time.process_time. A timer returning a number is used as
# is; one returning a sequence is summed (two items: user + system time).

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """run()/runctx() shared with cProfile: profile, then print or save the result."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profiles `statement` (exec'd in __main__'s namespace), then prints the
    report sorted by `sort`, or saves the stats to `filename` when one is given."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the namespaces to exec `statement` in."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profile(timer=None, bias=None): a deterministic profiler written in Python,
    on sys.setprofile (see the note at the top of the module)."""

    bias = 0  # calibration constant, seconds per event (see calibrate())

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        self.bias = self.bias if bias is None else bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            sample = self.timer()  # what kind of value does it give?
            try:
                width = len(sample)
            except TypeError:
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                self.dispatcher = self.trace_dispatch if width == 2 else self.trace_dispatch_l

                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.t = self.get_time()
        self.simulate_call('profiler')

    # ---- the hooks: time since the last event, minus the bias, goes to the handler;
    # the clock restarts after the handler so that the profiler's own work is not charged.

    def trace_dispatch(self, frame, event, arg):
        """The hook for a timer giving (user, system) pairs."""
        timer = self.timer
        now = timer()
        elapsed = now[0] + now[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            now = timer()
            self.t = now[0] + now[1]
        else:
            now = timer()
            self.t = now[0] + now[1] - elapsed

    def trace_dispatch_i(self, frame, event, arg):
        """The hook for a timer giving one number."""
        timer = self.timer
        elapsed = timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            self.t = timer()
        else:
            self.t = timer() - elapsed

    def trace_dispatch_mac(self, frame, event, arg):
        """The hook for a timer counting 60ths of a second."""
        timer = self.timer
        elapsed = timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            self.t = timer() / 60.0
        else:
            self.t = timer() / 60.0 - elapsed

    def trace_dispatch_l(self, frame, event, arg):
        """The hook for a timer giving a sequence of numbers to add up."""
        get_time = self.get_time
        elapsed = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            self.t = get_time()
        else:
            self.t = get_time() - elapsed

    # ---- the handlers: each returns true when it has done its bookkeeping.

    def trace_dispatch_exception(self, frame, t):
        charge, own, sub, key, rframe, parent = self.cur
        if rframe is not frame and parent:
            # The exception left rframe: that call is over.
            return self.trace_dispatch_return(rframe, t)
        self.cur = charge, own + t, sub, key, rframe, parent
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # The record on top is not the new frame's caller: it left without a
            # return event (an exception), so close it first.
            top = self.cur[-2]
            if not isinstance(top, Profile.fake_frame):
                assert top.f_back is frame.f_back, ("Bad call", self.cur[-3], top, top.f_back, frame, frame.f_back)
                self.trace_dispatch_return(top, 0)
                assert (self.cur is None or frame.f_back is self.cur[-2]), ("Bad call", self.cur[-3])
        code = frame.f_code
        self._enter((code.co_filename, code.co_firstlineno, code.co_name), frame, t)
        return 1

    def trace_dispatch_c_call(self, frame, t):
        self._enter(("", 0, self.c_func_name), frame, t)
        return 1

    def _enter(self, key, frame, t):
        self.cur = (t, 0, 0, key, frame, self.cur)
        entry = self.timings.get(key)
        if entry is None:
            self.timings[key] = 0, 0, 0, 0, {}
        else:
            primitive, active, own, cumulative, callers = entry
            self.timings[key] = primitive, active + 1, own, cumulative, callers

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            # frame's callee left without a return event: close it first.
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)

        charge, own, sub, key, _, parent = self.cur
        own = own + t
        total = own + sub
        p_charge, p_own, p_sub, p_key, p_frame, p_parent = parent
        self.cur = p_charge, p_own + charge, p_sub + total, p_key, p_frame, p_parent

        primitive, active, own_sum, cumulative, callers = self.timings[key]
        if not active:
            # The outermost active call of this function: recursive calls inside it
            # are already part of its total.
            cumulative = cumulative + total
            primitive = primitive + 1
        callers[p_key] = callers.get(p_key, 0) + 1
        self.timings[key] = primitive, active - 1, own_sum + own, cumulative, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,  # the built-in is over either way
        "c_return": trace_dispatch_return,
    }

    # ---- the pretend frames at the bottom of the chain

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return  # a command is already on the chain
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        code = self.fake_code('profile', 0, name)
        caller = self.cur[-2] if self.cur else None
        self.dispatch['call'](self, self.fake_frame(code, caller), 0)

    def simulate_cmd_complete(self):
        """Returns from every record still open but the bottom one, charging the time since the last event to the innermost."""
        get_time = self.get_time
        t = get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = get_time() - t

    # ---- results

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats in pstats' shape: (primitive calls, calls, own time, cumulative time, callers)."""
        self.stats = {}
        for key, (primitive, _, own, cumulative, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[key] = primitive, sum(callers.values()), own, cumulative, callers

    # ---- running something under the profiler

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

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

    # ---- calibration: the time one event costs the profiler, to set as `bias`.
    # It runs m calls of a small function with and without the profiler: the time
    # the profile reports for them beyond the unprofiled time is two events' cost
    # per call.

    def calibrate(self, m, verbose=0):
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved_bias = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved_bias

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def f1(n):
            for i in range(n):
                x = 1

        def f(m, f1=f1):
            for i in range(m):
                f1(100)

        f(m)  # warm up
        start = get_time()
        f(m)
        elapsed_noprofile = get_time() - start
        if verbose:
            print("elapsed time without profiling =", elapsed_noprofile)

        p = Profile()
        start = get_time()
        p.runctx('f(m)', globals(), locals())
        elapsed_profile = get_time() - start
        if verbose:
            print("elapsed time with profiling =", elapsed_profile)

        total_calls = 0.0
        reported_time = 0.0
        for (_, _, funcname), (primitive, _, own, _, _) in p.timings.items():
            if funcname in ("f", "f1"):
                total_calls += primitive
                reported_time += own
        if verbose:
            print("'CPU seconds' profiler reported =", reported_time)
            print("total # calls =", total_calls)
        if total_calls != m + 1:
            raise ValueError("internal error: total calls = %d" % total_calls)
        mean = (reported_time - elapsed_noprofile) / 2.0 / total_calls
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
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


def main():
    # cProfile's command line, without its sort-key check (profile takes any -s).
    from cProfile import _command_line, _parse_command_line
    _command_line('profile.py', _USAGE, _HELP,
                  lambda argv: _parse_command_line(argv, None, ('--help', '--outfile', '--sort'), -1),
                  lambda code, globs, o: runctx(code, globs, None, o['outfile'], o['sort']))


if __name__ == '__main__':
    main()
