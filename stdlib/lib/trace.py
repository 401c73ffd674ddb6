"""trace: line counts, line tracing and call tracking on sys.settrace, tpy's own.

Trace(count, trace, countfuncs, countcallers, ignoremods, ignoredirs, infile, outfile, timing)
runs code under a global trace function picked from its switches; results() hands back a
CoverageResults, which prints the called functions and calling pairs and writes `.cover`
files (hit counts, `>>>>>> ` for executable lines never run) as CPython 3.11 lays them out.
`tpy -m trace ...` is the command line (see main()).
"""

import os
import sys

__all__ = ['Trace', 'CoverageResults']

PRAGMA_NOCOVER = "#pragma NO COVER"

_PATH_SEP = os.sep


def _time():
    import time
    return time.monotonic()


def _modname(path):
    """The module name trace shows for a file: its base name without the extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted name of a file relative to the longest sys.path entry holding it
    (a .cover file under --coverdir is named by it)."""
    longest = ''
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if path.startswith(entry) and path[len(entry):len(entry) + 1] == _PATH_SEP:
            if len(entry) > len(longest):
                longest = entry
    rest = path[len(longest) + 1:] if longest else path
    rest = rest.replace(_PATH_SEP, '.')
    return os.path.splitext(rest)[0].lstrip('.')


class _Ignore:
    """Which modules and folders the tracer leaves alone; answers are remembered per
    module name (as CPython's are, so two files with one base name share an answer)."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._known = {'<string>': 1}

    def _decide(self, filename, modulename):
        if modulename in self._mods:
            return 1
        for mod in self._mods:
            if modulename.startswith(mod + '.'):
                return 1
        if filename is None:
            return 1
        for d in self._dirs:
            if filename.startswith(d + _PATH_SEP):
                return 1
        return 0

    def names(self, filename, modulename):
        if modulename not in self._known:
            self._known[modulename] = self._decide(filename, modulename)
        return self._known[modulename]


# -- executable lines (for the `>>>>>> ` markers) -------------------------------------------

def _docstring_lines(filename, encoding=None):
    """Line numbers covered by a string that opens a block (a docstring): they count as
    no executable line even though the compiler gives them one."""
    import token
    import tokenize
    found = {}
    previous = token.INDENT  # the file's first token opens a block too
    with open(filename, encoding=encoding) as f:
        for tok in tokenize.generate_tokens(f.readline):
            if tok[0] == token.STRING and previous == token.INDENT:
                for n in range(tok[2][0], tok[3][0] + 1):
                    found[n] = 1
            previous = tok[0]
    return found


def _code_lines(code, skip, into):
    import dis
    for _, line in dis.findlinestarts(code):
        if line is not None and line not in skip:
            into[line] = 1
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            _code_lines(const, skip, into)
    return into


def _find_executable_linenos(filename):
    import tokenize
    # (tokenize.open's job, done by hand: tpy's io cannot wrap a binary file in text.)
    try:
        with open(filename, 'rb') as f:
            encoding = tokenize.detect_encoding(f.readline)[0]
        with open(filename, encoding=encoding) as f:
            source = f.read()
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err), file=sys.stderr)
        return {}
    code = compile(source, filename, 'exec')
    return _code_lines(code, _docstring_lines(filename, encoding), {})


# -- results ----------------------------------------------------------------------------------

class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        # counts is shared with the caller (a Trace's results update its counts, as in
        # CPython); the function and caller tables are copies.
        self.counts = counts if counts is not None else {}
        self.counter = self.counts.copy()
        self.calledfuncs = dict(calledfuncs) if calledfuncs is not None else {}
        self.callers = dict(callers) if callers is not None else {}
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            # Results of earlier runs saved with outfile are added in.
            import pickle
            try:
                with open(self.infile, 'rb') as f:
                    old_counts, old_funcs, old_callers = pickle.load(f)
                self.update(self.__class__(old_counts, old_funcs, callers=old_callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (self.infile, err), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Code without a source file of its own (`<string>`, `<stdin>`) gets no .cover file."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def _print_called_functions(self):
        print()
        print("functions called:")
        for filename, modulename, funcname in sorted(self.calledfuncs):
            print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))

    def _print_callers(self):
        print()
        print("calling relationships:")
        last_file = ''
        last_callee_file = ''
        for caller, callee in sorted(self.callers):
            pfile, pmod, pfunc = caller
            cfile, cmod, cfunc = callee
            if pfile != last_file:
                print()
                print("***", pfile, "***")
                last_file = pfile
                last_callee_file = ''
            if cfile != pfile and last_callee_file != cfile:
                print("  -->", cfile)
                last_callee_file = cfile
            print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

    def write_results(self, show_missing=True, summary=False, coverdir=None, *,
                      ignore_missing_lines=False):
        """Prints the called functions and calling pairs, writes a .cover file for each traced
        source file (next to it, or under coverdir by dotted module name), prints the summary
        table, and saves the results to outfile if there is one."""
        if self.calledfuncs:
            self._print_called_functions()
        if self.callers:
            self._print_callers()

        hits_by_file = {}
        for (filename, lineno), n in self.counts.items():
            hits_by_file.setdefault(filename, {})[lineno] = n

        table = {}
        for filename, hits in hits_by_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            if coverdir is None:
                where = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                where = coverdir
                os.makedirs(where, exist_ok=True)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            import linecache
            import tokenize
            lines = linecache.getlines(filename)
            with open(filename, 'rb') as fp:
                encoding = tokenize.detect_encoding(fp.readline)[0]
            n_hits, n_lines = self.write_results_file(
                os.path.join(where, modulename + '.cover'), lines, executable, hits, encoding)
            if summary and n_lines:
                table[modulename] = (n_lines, int(100 * n_hits / n_lines), modulename, filename)

        if summary and table:
            print("lines   cov%   module   (path)")
            for name in sorted(table):
                print("%5d   %3d%%   %s   (%s)" % table[name])

        if self.outfile:
            import pickle
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Writes one .cover file; returns (executable lines hit, executable lines)."""
        try:
            out = open(path, 'w', encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err),
                  file=sys.stderr)
            return 0, 0
        n_hits = 0
        n_lines = 0
        with out:
            lineno = 0
            for line in lines:
                lineno += 1
                if lineno in lines_hit:
                    prefix = "%5d: " % lines_hit[lineno]
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    prefix = ">>>>>> "
                    n_lines += 1
                else:
                    prefix = "       "
                out.write(prefix)
                out.write(line.expandtabs(8))
        return n_hits, n_lines


_CO_NEWLOCALS = 0x2


def _owning_class(code, module_globals):
    """The name of the class whose __dict__ holds the plain function running code, or None.
    CPython asks the garbage collector which dict refers to the function and which class to
    that dict; tpy has no referrers, so it follows the code's qualified name from the module's
    globals through class dicts instead. Either way a staticmethod, classmethod or property
    (the dict holds the wrapper), a class body and a nested function get no class name. A
    class inside a function cannot be reached from the globals: the qualified name's class
    part is taken on trust there."""
    if not code.co_flags & _CO_NEWLOCALS:
        return None  # a module or class body
    parts = code.co_qualname.split('.')
    if len(parts) < 2 or parts[-2] == '<locals>':
        return None
    if '<locals>' in parts:
        return parts[-2]
    owner = module_globals.get(parts[0])
    for name in parts[1:-1]:
        owner = getattr(owner, '__dict__', {}).get(name)
    if not isinstance(owner, type):
        return None
    func = owner.__dict__.get(parts[-1])
    if getattr(func, '__code__', None) is code and type(func).__name__ == 'function':
        return owner.__name__
    return None


# -- the tracer -------------------------------------------------------------------------------

class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = _time() if timing else None
        # One global trace function, the first of these that applies (as CPython picks).
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            import threading
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                import threading
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        """(file, module, function) naming frame's code; a method's function name carries its
        class's name (see _owning_class), looked up once per code object."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = _owning_class(code, frame.f_globals)
        owner = self._caller_cache[code]
        if owner is not None:
            funcname = "%s.%s" % (owner, funcname)
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == 'call':
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """On each call: the local tracer for code of a module not ignored (named by the
        frame's module's __file__), announcing it when tracing."""
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s" % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _count_line(self, frame):
        key = (frame.f_code.co_filename, frame.f_lineno)
        self.counts[key] = self.counts.get(key, 0) + 1

    def _show_line(self, frame):
        import linecache
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (_time() - self.start_time), end=' ')
        base = os.path.basename(filename)
        print("%s(%d): %s" % (base, lineno, linecache.getline(filename, lineno)), end='')

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == 'line':
            self._count_line(frame)
            self._show_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == 'line':
            self._show_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == 'line':
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


# -- the command line -------------------------------------------------------------------------

def _parser():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('--version', action='version', version='trace 2.0')

    main_opts = parser.add_argument_group('Main options',
                                          'One of these (or --report) must be given')
    main_opts.add_argument('-c', '--count', action='store_true',
                           help="Count the number of times each line is executed and write "
                                "the counts to <module>.cover for each module executed, in "
                                "the module's directory. See also --coverdir, --file, "
                                "--no-report below.")
    main_opts.add_argument('-t', '--trace', action='store_true',
                           help='Print each line to sys.stdout before it is executed')
    main_opts.add_argument('-l', '--listfuncs', action='store_true',
                           help='Keep track of which functions are executed at least once and '
                                'write the results to sys.stdout after the program exits. '
                                'Cannot be specified alongside --trace or --count.')
    main_opts.add_argument('-T', '--trackcalls', action='store_true',
                           help='Keep track of caller/called pairs and write the results to '
                                'sys.stdout after the program exits.')

    modifiers = parser.add_argument_group('Modifiers')
    report = modifiers.add_mutually_exclusive_group()
    report.add_argument('-r', '--report', action='store_true',
                        help='Generate a report from a counts file; does not execute any '
                             'code. --file must specify the results file to read, which must '
                             'have been created in a previous run with --count --file=FILE')
    report.add_argument('-R', '--no-report', action='store_true',
                        help='Do not generate the coverage report files. Useful if you want '
                             'to accumulate over several runs.')
    modifiers.add_argument('-f', '--file',
                           help='File to accumulate counts over several runs')
    modifiers.add_argument('-C', '--coverdir',
                           help='Directory where the report files go. The coverage report for '
                                '<package>.<module> will be written to file '
                                '<dir>/<package>/<module>.cover')
    modifiers.add_argument('-m', '--missing', action='store_true',
                           help='Annotate executable lines that were not executed with '
                                '">>>>>> "')
    modifiers.add_argument('-s', '--summary', action='store_true',
                           help='Write a brief summary for each file to sys.stdout. Can only '
                                'be used with --count or --report')
    modifiers.add_argument('-g', '--timing', action='store_true',
                           help='Prefix each line with the time since the program started. '
                                'Only used while tracing')

    filters = parser.add_argument_group('Filters', 'Can be specified multiple times')
    filters.add_argument('--ignore-module', action='append', default=[],
                         help='Ignore the given module(s) and its submodules (if it is a '
                              'package). Accepts comma separated list of module names.')
    filters.add_argument('--ignore-dir', action='append', default=[],
                         help='Ignore files in the given directory (multiple directories can '
                              'be joined by os.pathsep).')

    parser.add_argument('--module', action='store_true', default=False,
                        help='Trace a module. ')
    parser.add_argument('progname', nargs='?', help='file to run as main program')
    parser.add_argument('arguments', nargs=argparse.REMAINDER,
                        help='arguments to the program')
    return parser


def _ignore_dir(text):
    # DIVERGENCE: CPython replaces $prefix and $exec_prefix by its standard library
    # folders (sysconfig's "stdlib" and "platstdlib"); tpy has no sysconfig, and its library
    # written in tpy is the folder ending sys.path, which both stand for here.
    library = sys.path[-1] if sys.path else ''
    text = os.path.expanduser(os.path.expandvars(text))
    text = text.replace('$prefix', library).replace('$exec_prefix', library)
    return os.path.normpath(text)


def _main_program(opts):
    """(code, globals) for the program the command line names, with sys.argv (and for a
    script, sys.path[0]) set as the program expects."""
    if opts.module:
        # There is no runpy: the module's source file is looked up on sys.path as
        # `tpy -m cProfile -m module` does.
        from cProfile import _find_module_file
        path = _find_module_file(opts.progname)
        with open(path, 'rb') as fp:
            code = compile(fp.read(), path, 'exec')
        sys.argv = [code.co_filename, *opts.arguments]
        package = opts.progname.rpartition('.')[0]
        if path.endswith(('/__main__.py', '/__main__.tpy')):
            package = opts.progname
        return code, {'__name__': '__main__', '__file__': code.co_filename,
                      '__package__': package, '__cached__': None}
    sys.argv = [opts.progname, *opts.arguments]
    sys.path[0] = os.path.dirname(opts.progname)
    with open(opts.progname, 'rb') as fp:
        code = compile(fp.read(), opts.progname, 'exec')
    return code, {'__file__': opts.progname, '__name__': '__main__', '__package__': None,
                  '__cached__': None}


def main():
    parser = _parser()
    opts = parser.parse_args()
    opts.ignore_module = [name.strip() for item in opts.ignore_module for name in item.split(',')]
    opts.ignore_dir = [_ignore_dir(d) for item in opts.ignore_dir for d in item.split(os.pathsep)]

    if opts.report:
        if not opts.file:
            parser.error('-r/--report requires -f/--file')
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)

    if not (opts.trace or opts.count or opts.listfuncs or opts.trackcalls):
        parser.error('must specify one of --trace, --count, --report, '
                     '--listfuncs, or --trackcalls')
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error('cannot specify both --listfuncs and (--trace or --count)')
    if opts.summary and not opts.count:
        parser.error('--summary can only be used with --count or --report')
    if opts.progname is None:
        parser.error('progname is missing: required with the main options')

    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls, ignoremods=opts.ignore_module,
                   ignoredirs=opts.ignore_dir, infile=opts.file, outfile=opts.file,
                   timing=opts.timing)
    try:
        code, globs = _main_program(opts)
        tracer.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass

    results = tracer.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == '__main__':
    main()
