"""Python interface for the 'lsprof' profiler.
   Compatible with the 'profile' module.

tpy's cProfile: the API and output of CPython 3.11's, on tpy's native _lsprof.
"""

__all__ = ["run", "runctx", "Profile"]

import _lsprof

# How the pieces fit:
#   _lsprof.Profiler (native, profiler/lsprof.ts) is installed as the VM's profile
#   hook by enable(); each call/return of a tpy function and each call of a built-in
#   pushes or pops a context and updates one entry per callable, with no tpy code
#   running per event. getstats() hands the entries back as profiler_entry rows.
#   Profile.snapshot_stats() turns those rows into the dict pstats reads:
#       {(filename, firstlineno, funcname): (primitive calls, calls, tottime,
#                                            cumtime, {caller: (calls, primitive
#                                            calls, tottime, cumtime)})}
#   with built-ins keyed ('~', 0, '<built-in method time.sleep>').
#   print_stats() and the command line print it through pstats; dump_stats() and
#   -o write it with marshal, in the format CPython's pstats loads.
#
# Profile.__exit__ runs while the profiler is on, so it appears in profiles of
# `with Profile():` blocks as cProfile.py:118(__exit__). It is kept on line 118,
# where python3 3.11.7's cProfile.py has it, so that such reports
# match byte for byte; the other methods run before enable() or are not tpy
# code. The module-level run() and runctx() come after the class for this reason.


# ____________________________________________________________

class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
    """

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """Turns getstats() into pstats' dict:
        {(file, line, name): (primitive calls, calls, inline time, total time, callers)}
        where callers maps each caller's label to its own four numbers.
        """
        entries = self.getstats()
        stats = {}
        callers_of = {}          # id(code) -> that function's callers dict
        for entry in entries:
            callers = {}
            callers_of[id(entry.code)] = callers
            calls = entry.callcount
            stats[label(entry.code)] = (calls - entry.reccallcount, calls,
                                        entry.inlinetime, entry.totaltime, callers)
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                calls = sub.callcount
                row = [calls, calls - sub.reccallcount, sub.inlinetime, sub.totaltime]
                if caller in callers:
                    before = callers[caller]
                    for i in range(4):
                        row[i] += before[i]
                callers[caller] = tuple(row)
        self.stats = stats

    # Profiling a statement given as a string: run() in __main__'s namespace,
    # runctx() in the namespaces given.

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    # Profiling one call (func positional-only: the call's keywords may include 'func').
    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    # `with Profile() as pr:` profiles the block.
    def __enter__(self):
        self.enable()
        return self

    # (kept on line 118: see the note at the top)
    def __exit__(self, *exc_info):
        self.disable()


# ____________________________________________________________
# Simple interface

def run(statement, filename=None, sort=-1):
    """Profiles `statement` (exec'd in __main__'s namespace), then prints the
    report sorted by `sort`, or saves the stats to `filename` when one is given.
    A SystemExit raised by the statement ends the run quietly."""
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    finally:
        _show(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the namespaces to exec `statement` in."""
    return _runctx(statement, globals, locals, filename, sort, False)


def _runctx(statement, globals, locals, filename, sort, trace_calls):
    prof = Profile()
    if trace_calls:
        _lsprof._trace_calls(prof, True)
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _show(prof, filename, sort)


def _show(prof, filename, sort):
    # As profile._Utils._show: a file when one is named, else the report on stdout.
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


# ____________________________________________________________

def label(code):
    """pstats' key for a profiled function; built-ins are ('~', 0, name) so that they sort last."""
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


# ____________________________________________________________
# The command line: tpy -m cProfile [-o output_file_path] [-s sort] [--trace-calls] [-m module | scriptfile] [arg] ...

_USAGE = "Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...\n"

_HELP = _USAGE + """
Options:
  -h, --help            show this help message and exit
  -o OUTFILE, --outfile=OUTFILE
                        Save stats to <outfile>
  -s SORT, --sort=SORT  Sort order when printing to stdout, based on
                        pstats.Stats class
  -m                    Profile a library module
  --trace-calls         (tpy) Print to stderr each call as the profiler
                        pushes and pops its context: 'Entering func NAME'
                        and 'Leaving func NAME  Timers: tt=T, it=I, nc=N,
                        rl=R' (the entry's total and inline seconds so far,
                        its call count and recursion level), indented by
                        call depth
"""

# Long options as optparse matches them: any unambiguous prefix of the full name.
_LONG_OPTIONS = ('--help', '--outfile', '--sort', '--trace-calls')


class _UsageError(Exception):
    pass


def _parse_command_line(argv, sort_keys, long_options=_LONG_OPTIONS, default_sort=2):
    """optparse's rules for cProfile's options: grouped short flags, -oFILE,
    --outfile=FILE, long-option prefixes, and no options after the first argument.
    Returns (options dict, remaining args), or raises _UsageError(message).
    profile's command line shares it: its own long options, any sort key (None)."""
    opts = {'outfile': None, 'sort': default_sort, 'module': False, 'trace_calls': False, 'help': False}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == '--':
            i += 1
            break
        if arg.startswith('--'):
            name, eq, value = arg.partition('=')
            matches = [o for o in long_options if o.startswith(name)]
            if name in long_options:
                matches = [name]
            if not matches:
                raise _UsageError('no such option: ' + name)
            if len(matches) > 1:
                raise _UsageError('ambiguous option: %s (%s?)' % (name, ', '.join(matches)))
            name = matches[0]
            if name in ('--outfile', '--sort'):
                if not eq:
                    i += 1
                    if i >= len(argv):
                        raise _UsageError('%s option requires 1 argument' % name)
                    value = argv[i]
                _set_value(opts, name, value, sort_keys)
            elif eq:
                raise _UsageError('%s option does not take a value' % name)
            elif name == '--help':
                opts['help'] = True
                return opts, []
            else:
                opts['trace_calls'] = True
            i += 1
            continue
        if not arg.startswith('-') or arg == '-':
            break
        j = 1
        while j < len(arg):
            flag = '-' + arg[j]
            if flag in ('-o', '-s'):
                value = arg[j + 1:]
                if not value:
                    i += 1
                    if i >= len(argv):
                        raise _UsageError('%s option requires 1 argument' % flag)
                    value = argv[i]
                _set_value(opts, flag, value, sort_keys)
                break
            if flag == '-m':
                opts['module'] = True
            elif flag == '-h':
                opts['help'] = True
                return opts, []
            else:
                raise _UsageError('no such option: ' + flag)
            j += 1
        i += 1
    return opts, argv[i:]


def _set_value(opts, flag, value, sort_keys):
    if flag in ('-o', '--outfile'):
        opts['outfile'] = value
        return
    if sort_keys is not None and value not in sort_keys:
        choices = ', '.join([repr(k) for k in sort_keys])
        raise _UsageError('option %s: invalid choice: %r (choose from %s)' % (flag, value, choices))
    opts['sort'] = value


def _dirname(path):
    # posixpath.dirname
    head = path[:path.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def _find_module_file(modname):
    """The source file `-m modname` runs: modname.py / .tpy on sys.path, or a package's __main__."""
    import sys
    rel = modname.replace('.', '/')
    for entry in sys.path:
        base = (entry + '/' if entry else '') + rel
        for candidate in (base + '.py', base + '.tpy', base + '/__main__.py', base + '/__main__.tpy'):
            try:
                with open(candidate, 'rb'):
                    pass
            except OSError:
                continue
            return candidate
    raise ImportError('No module named %s' % modname)


def run_module(modname, run_name='__main__'):
    """runpy.run_module's job for tpy: runs modname's source as a fresh module named run_name."""
    import sys
    path = _find_module_file(modname)
    with open(path, 'rb') as fp:
        code = compile(fp.read(), path, 'exec')
    if sys.argv:
        sys.argv[0] = path
    namespace = {'__name__': run_name, '__file__': path, '__package__': modname.rpartition('.')[0],
                 '__cached__': None}
    exec(code, namespace)
    return namespace


def _program(target, as_module):
    """What the command line profiles, as (code, globals): `-m module`, run through run_module,
    or a script compiled from its file and run as __main__ with its folder first on sys.path
    (profile's command line uses it too)."""
    import sys
    if as_module:
        return "run_module(modname, run_name='__main__')", {'run_module': run_module, 'modname': target}
    sys.path.insert(0, _dirname(target))
    with open(target, 'rb') as fp:
        code = compile(fp.read(), target, 'exec')
    return code, {'__file__': target, '__name__': '__main__', '__package__': None, '__cached__': None}


def _command_line(prog, usage, help_text, parse, run):
    """The command line both profilers share: usage and help, the options `parse` reads from
    sys.argv (a _UsageError reported as `prog`'s), then `run(code, globals, options)` on the
    script or module the rest of sys.argv names."""
    import sys
    if not sys.argv[1:]:
        sys.stdout.write(usage + '\n')
        sys.exit(2)
    try:
        options, args = parse(sys.argv[1:])
    except _UsageError as exc:
        sys.stderr.write(usage + '\n%s: error: %s\n' % (prog, exc))
        sys.exit(2)
    if options['help']:
        sys.stdout.write(help_text)
        sys.exit(0)
    sys.argv[:] = args
    if len(args) > 0:
        code, globs = _program(args[0], options['module'])
        try:
            run(code, globs, options)
        except BrokenPipeError as exc:
            sys.stdout = None
            sys.exit(exc.errno)
    else:
        # DIVERGENCE: CPython 3.11 fails here with an IndexError from optparse
        # (options but no script); tpy prints the usage, as the code intends.
        sys.stdout.write(usage + '\n')


def main():
    try:
        import pstats
        sort_keys = sorted(pstats.Stats.sort_arg_dict_default)
    except ImportError:
        sort_keys = ['calls', 'cumtime', 'cumulative', 'filename', 'line', 'module', 'name',
                     'ncalls', 'nfl', 'pcalls', 'stdname', 'time', 'tottime']
    _command_line('cProfile.py', _USAGE, _HELP, lambda argv: _parse_command_line(argv, sort_keys),
                  lambda code, globs, o: _runctx(code, globs, None, o['outfile'], o['sort'], o['trace_calls']))


if __name__ == '__main__':
    main()
