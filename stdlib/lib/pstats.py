"""Reports on profile data: tpy's pstats, with CPython 3.11's API, files and output.

A profile is a dict {(filename, lineno, funcname): (cc, nc, tt, ct, callers)}: primitive
(non-recursive) calls, all calls, time inside the function itself, cumulative time
including callees, and who called it; callers maps each calling function to its own
(cc, nc, tt, ct) for the calls it made (cProfile) or to a plain call count (the old
profile module). Stats loads such dicts from profiler objects and marshal files,
combines them, sorts them and prints the report CPython prints, byte for byte.

Differences from CPython's module: SortKey is a str subclass with an enum-like
metaclass rather than an Enum (members, values, str(), repr() and lookups behave the
same); the interactive browser (`python -m pstats`) is not provided.
"""

import sys
import os
import time
import marshal
import re

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


# ---------------------------------------------------------------- SortKey

class _SortKeyType(type):
    """Makes the SortKey class iterable and indexable by member name, as an Enum class is."""

    def __iter__(cls):
        return iter(cls._member_list)

    def __len__(cls):
        return len(cls._member_list)

    def __getitem__(cls, name):
        return cls._member_map[name]

    def __contains__(cls, member):
        return member in cls._member_list

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class SortKey(str, metaclass=_SortKeyType):
    """The sort keys of Stats.sort_stats; each member is the str of its first value."""

    _member_list = []
    _member_map = {}
    _value_map = {}

    def __new__(cls, value):
        try:
            return cls._value_map[value]
        except (KeyError, TypeError):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__)) from None

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return str.__str__(self)

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(str.__str__(self), spec)

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name, str.__str__(self))

    def __reduce__(self):
        return (type(self), (str.__str__(self),))


def _add_sort_key(name, *values):
    member = str.__new__(SortKey, values[0])
    member._name = name
    SortKey._member_list.append(member)
    SortKey._member_map[name] = member
    for value in values:
        SortKey._value_map[value] = member
    setattr(SortKey, name, member)


_add_sort_key('CALLS', 'calls', 'ncalls')
_add_sort_key('CUMULATIVE', 'cumulative', 'cumtime')
_add_sort_key('FILENAME', 'filename', 'module')
_add_sort_key('LINE', 'line')
_add_sort_key('NAME', 'name')
_add_sort_key('NFL', 'nfl')
_add_sort_key('PCALLS', 'pcalls')
_add_sort_key('STDNAME', 'stdname')
_add_sort_key('TIME', 'time', 'tottime')


# ---------------------------------------------------------------- get_stats_profile's records

class FunctionProfile:
    """One function's line of the report, as numbers (a dataclass in CPython)."""

    _fields = ('ncalls', 'tottime', 'percall_tottime', 'cumtime', 'percall_cumtime', 'file_name', 'line_number')

    def __init__(self, ncalls, tottime, percall_tottime, cumtime, percall_cumtime, file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number

    def _values(self):
        return tuple(getattr(self, f) for f in self._fields)

    def __repr__(self):
        return "FunctionProfile(%s)" % ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self):
        return hash(self._values())


class StatsProfile:
    """The whole report: total time and a FunctionProfile per function name (a dataclass in CPython)."""

    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles

    def __repr__(self):
        return "StatsProfile(total_tt=%r, func_profiles=%r)" % (self.total_tt, self.func_profiles)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.total_tt, self.func_profiles) == (other.total_tt, other.func_profiles)

    def __hash__(self):
        return hash((self.total_tt, self.func_profiles))


# ---------------------------------------------------------------- Stats

class Stats:
    """Profile statistics loaded from profiler objects or files, sorted and printed.

    Stats('prof.out').strip_dirs().sort_stats('cumulative').print_stats(10)

    Every method that reports or reorders returns self, so calls chain.
    """

    # For each sort key: the positions compared in a row
    # (cc, nc, tt, ct, filename, lineno, funcname, std_string, func)
    # with their direction (1 ascending, -1 descending), and the "Ordered by" text.
    sort_arg_dict_default = {
        "calls": (((1, -1),), "call count"),
        "ncalls": (((1, -1),), "call count"),
        "cumtime": (((3, -1),), "cumulative time"),
        "cumulative": (((3, -1),), "cumulative time"),
        "filename": (((4, 1),), "file name"),
        "line": (((5, 1),), "line number"),
        "module": (((4, 1),), "file name"),
        "name": (((6, 1),), "function name"),
        "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
        "pcalls": (((0, -1),), "primitive call count"),
        "stdname": (((7, 1),), "standard name"),
        "time": (((2, -1),), "internal time"),
        "tottime": (((2, -1),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            name_len = len(func_std_string(func))
            if name_len > self.max_name_len:
                self.max_name_len = name_len

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level.add(func)
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats[func] if func in self.stats else (0, 0, 0, 0, {})
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Writes the statistics as a marshal file, which Stats(filename) loads back."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """The sort keys with every unambiguous prefix of each ('cum' for 'cumulative')."""
        if not self.sort_arg_dict:
            table = {}
            ambiguous = set()
            for word, definition in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        ambiguous.add(prefix)
                        break
                    table[prefix] = definition
            for prefix in ambiguous:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            # The old profiler's numeric keys.
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")

        definitions = self.get_sort_arg_defs()
        order = ()
        self.sort_type = ""
        connector = ""
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            order = order + definitions[word][0]
            self.sort_type += connector + definitions[word][1]
            connector = ", "

        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))
        # One stable sort per position, least significant first, gives the order of a
        # single sort comparing the positions in turn (CPython's TupleComp).
        for position, direction in reversed(order):
            rows.sort(key=lambda row: row[position], reverse=direction < 0)
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old_stats = self.stats
        self.stats = new_stats = {}
        max_name_len = 0
        for func, (cc, nc, tt, ct, callers) in old_stats.items():
            new_func = func_strip_path(func)
            name_len = len(func_std_string(new_func))
            if name_len > max_name_len:
                max_name_len = name_len
            new_callers = {}
            for caller, value in callers.items():
                new_callers[func_strip_path(caller)] = value
            if new_func in new_stats:
                new_stats[new_func] = add_func_stats(new_stats[new_func], (cc, nc, tt, ct, new_callers))
            else:
                new_stats[new_func] = (cc, nc, tt, ct, new_callers)
        old_top = self.top_level
        self.top_level = set()
        for func in old_top:
            self.top_level.add(func_strip_path(func))
        self.max_name_len = max_name_len
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            if func not in callees:
                callees[func] = {}
            for caller, value in callers.items():
                if caller not in callees:
                    callees[caller] = {}
                callees[caller][func] = value

    # ------------------------------------------------------------ reports

    def eval_print_amount(self, sel, list, msg):
        """Applies one restriction: a regex on the standard name, a count, or a fraction."""
        new_list = list
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new_list, msg
            new_list = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = list[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (len(list), len(new_list), sel)
        return new_list, msg

    def get_stats_profile(self):
        """The report as numbers: a StatsProfile of FunctionProfiles keyed by function name."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        result = StatsProfile(float(f8(self.total_tt)), profiles)
        for func in funcs:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, func_name = func
            ncalls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
            profiles[func_name] = FunctionProfile(
                ncalls,
                float(f8(tt)),
                -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)),
                -1 if cc == 0 else float(f8(ct / cc)),
                file_name,
                line_number,
            )
        return result

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            funcs = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            funcs, msg = self.eval_print_amount(selection, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = 0
            for func in funcs:
                width = max(width, len(func_std_string(func)))
        return width + 2, funcs

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                callers = self.stats[func][4]
                self.print_call_line(width, func, callers, "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # The column titles only fit cProfile's callers, whose values are tuples.
        tuple_callers = False
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                tuple_callers = isinstance(next(iter(callers.values())), tuple)
                break
        if tuple_callers:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                text = '%s %s %s  %s' % (calls.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left_width = name_size + 3
            print(indent * left_width + text, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc)
        if nc != cc:
            calls = calls + '/' + str(cc)
        # One print per line (CPython prints each column separately; the text is the same).
        print(' '.join([
            calls.rjust(9),
            f8(tt),
            ' ' * 8 if nc == 0 else f8(tt / nc),
            f8(ct),
            ' ' * 8 if cc == 0 else f8(ct / cc),
            func_std_string(func),
        ]), file=self.stream)


class TupleComp:
    """Compares two rows position by position, each ascending (1) or descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for position, direction in self.comp_select_list:
            a = left[position]
            b = right[position]
            if a < b:
                return -direction
            if a > b:
                return direction
        return 0


# ---------------------------------------------------------------- function names
# A function is named by (filename, lineno, funcname); built-ins by ('~', 0, name).

def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """The name printed in reports: file:line(function), or {name} for a built-in."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


# ---------------------------------------------------------------- combining entries

def add_func_stats(target, source):
    """The sum of two entries of the same function."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    """Two callers dicts merged; a caller in both gets the sum (per field for cProfile's tuples)."""
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            if isinstance(value, tuple):
                merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
            else:
                merged[func] += value
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    """The total number of calls in an old-style callers dict (values are counts)."""
    total = 0
    for calls in callers.values():
        total += calls
    return total


def f8(x):
    return "%8.3f" % x
