"""Reports on profile data: tpy's pstats, with CPython 3.11's API, files and output.

A profile is a dict {(filename, lineno, funcname): (cc, nc, tt, ct, callers)}: primitive
(non-recursive) calls, all calls, time inside the function itself, cumulative time
including callees, and who called it; callers maps each calling function to its own
(cc, nc, tt, ct) for the calls it made (cProfile) or to a plain call count (the old
profile module). Stats loads such dicts from profiler objects and marshal files,
combines them, sorts them and prints the report CPython prints, byte for byte.

Differences from CPython's module: SortKey is a str subclass with an enum-like
metaclass rather than an Enum (members, values, str(), repr() and lookups behave the
same).  `tpy -m pstats FILE` starts the interactive browser (_pstats_browser.py).
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


# ---------------------------------------------------------------- sort keys of Stats

# Sorting compares rows (cc, nc, tt, ct, filename, lineno, funcname, standard name);
# these name the row positions the sort table refers to.
_PCALLS, _CALLS, _OWN_TIME, _CUM_TIME, _FILE, _LINE, _NAME, _STD_NAME = range(8)
_UP, _DOWN = 1, -1

# Each group of words shares one order: its (position, direction) pairs and the
# "Ordered by" text. Counts and times list the largest first, names alphabetically.
# The groups are in the order CPython's table lists its words, which decides the order
# of get_sort_arg_defs() and which abbreviations survive.
_SORT_GROUPS = (
    (('calls', 'ncalls'), ((_CALLS, _DOWN),), 'call count'),
    (('cumtime', 'cumulative'), ((_CUM_TIME, _DOWN),), 'cumulative time'),
    (('filename',), ((_FILE, _UP),), 'file name'),
    (('line',), ((_LINE, _UP),), 'line number'),
    (('module',), ((_FILE, _UP),), 'file name'),
    (('name',), ((_NAME, _UP),), 'function name'),
    (('nfl',), ((_NAME, _UP), (_FILE, _UP), (_LINE, _UP)), 'name/file/line'),
    (('pcalls',), ((_PCALLS, _DOWN),), 'primitive call count'),
    (('stdname',), ((_STD_NAME, _UP),), 'standard name'),
    (('time', 'tottime'), ((_OWN_TIME, _DOWN),), 'internal time'),
)

# Profiler versions before 2.5 took these numbers for sort_stats.
_NUMERIC_SORT_KEYS = {-1: 'stdname', 0: 'calls', 1: 'time', 2: 'cumulative'}


def _full_sort_table():
    """Every sort word with its (order, description)."""
    return {word: (order, description)
            for words, order, description in _SORT_GROUPS
            for word in words}


def _with_abbreviations(table):
    """The table plus the prefixes of its words that name one of them ('cumu', 'tot', ...).

    Each word claims its prefixes longest first until it meets one an earlier word
    claimed; that prefix is ambiguous and dropped, while the shorter ones stay with the
    earlier word. So 'cum' is unknown but 'cu' is cumtime, exactly as CPython accepts.
    """
    claimed = {}
    ambiguous = set()
    for word, definition in table.items():
        for end in range(len(word), 0, -1):
            prefix = word[:end]
            if prefix in claimed:
                ambiguous.add(prefix)
                break
            claimed[prefix] = definition
    return {prefix: definition for prefix, definition in claimed.items() if prefix not in ambiguous}


def _sorted_functions(stats, order):
    """The functions of stats arranged by order, a sequence of (row position, direction).

    Ties keep the dict's order: stable sorts, one per position from the least significant,
    give what a single comparison of positions in turn gives.
    """
    needs_std_name = any(position == _STD_NAME for position, _ in order)
    rows = []
    for func, entry in stats.items():
        std_name = func_std_string(func) if needs_std_name else None
        rows.append(entry[:4] + func + (std_name, func))
    for position, direction in reversed(order):
        rows.sort(key=lambda row: row[position], reverse=direction == _DOWN)
    return [row[-1] for row in rows]


# ---------------------------------------------------------------- profile dicts

# The caller the old profile module records for the functions it started itself.
_PROFILER_ROOT = ("jprofile", 0, "profiler")
_NO_ENTRY = (0, 0, 0, 0, {})


def _read_profile_file(path):
    """The profile dict marshalled in path, and the header line naming the file."""
    with open(path, 'rb') as source:
        stats = marshal.load(source)
    try:
        header = time.ctime(os.stat(path).st_mtime) + "    " + path
    except Exception:
        # The header is decoration: a file that vanished after loading keeps its bare name.
        header = path
    return stats, header


def _tally(stats):
    """Sums over a profile dict: (calls, primitive calls, own time, top-level functions, widest name).

    Reading each entry as five fields is also what rejects data that is not a profile.
    """
    calls = primitive = 0
    seconds = 0
    top = set()
    widest = 0
    for func, (cc, nc, tt, _ct, callers) in stats.items():
        calls += nc
        primitive += cc
        seconds += tt
        if _PROFILER_ROOT in callers:
            top.add(func)
        width = len(func_std_string(func))
        if width > widest:
            widest = width
    return calls, primitive, seconds, top, widest


def _stripped_profile(stats):
    """stats with directories dropped from every name, entries that now coincide summed."""
    result = {}
    for func, (cc, nc, tt, ct, callers) in stats.items():
        short = func_strip_path(func)
        entry = (cc, nc, tt, ct, {func_strip_path(caller): calls for caller, calls in callers.items()})
        result[short] = add_func_stats(result[short], entry) if short in result else entry
    return result


def _callees_of(stats):
    """Inverts the callers of every entry: {function: {callee: what the callee recorded}}."""
    table = {}
    for callee, entry in stats.items():
        table.setdefault(callee, {})
        for caller, calls in entry[4].items():
            table.setdefault(caller, {})[callee] = calls
    return table


# ---------------------------------------------------------------- print_* restrictions

def _restrict(funcs, selection):
    """One restriction of a print_* call applied to the listed functions.

    A str keeps the names its regular expression finds, a float in [0, 1) keeps that
    fraction of the list, an int keeps that many; anything else keeps all. Returns the
    kept list and the note the report prints about it ('' when there is none).
    """
    if isinstance(selection, str):
        try:
            pattern = re.compile(selection)
        except re.error:
            return funcs, "   <Invalid regular expression %r>\n" % (selection,)
        kept = [func for func in funcs if pattern.search(func_std_string(func))]
    elif isinstance(selection, float) and 0.0 <= selection < 1.0:
        kept = funcs[:int(len(funcs) * selection + 0.5)]
    elif isinstance(selection, int) and 0 <= selection < len(funcs):
        kept = funcs[:selection]
    else:
        kept = funcs
    if len(kept) == len(funcs):
        return kept, ""
    return kept, "   List reduced from %r to %r due to restriction <%r>\n" % (len(funcs), len(kept), selection)


_BLANK_COLUMN = ' ' * 8


def _calls_text(nc, cc):
    """A call count as reports show it: 'all' or, for recursion, 'all/primitive'."""
    return str(nc) if nc == cc else "%s/%s" % (nc, cc)


def _callers_are_timed(stats):
    """Whether callers carry cProfile's (cc, nc, tt, ct) rather than the old module's counts.

    The first entry that has callers decides, as the column titles are printed once.
    """
    for entry in stats.values():
        callers = entry[4]
        if callers:
            for calls in callers.values():
                return isinstance(calls, tuple)
    return False


# ---------------------------------------------------------------- Stats

class Stats:
    """Profile statistics loaded from profiler objects or files, sorted and printed.

    Stats('prof.out').strip_dirs().sort_stats('cumulative').print_stats(10)

    Every method that reports or reorders returns self, so calls chain.
    """

    # Each sort word: the (row position, direction) pairs it compares and its "Ordered by" text.
    sort_arg_dict_default = _full_sort_table()

    def __init__(self, *args, stream=None):
        self.stream = stream if stream else sys.stdout
        sources = list(args) or [None]
        self.init(sources.pop(0))
        self.add(*sources)

    def init(self, arg):
        """Forgets everything and starts again from arg (a file name, a profiler or None)."""
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.all_callees = None
        self.sort_arg_dict = {}
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0
        self.max_name_len = 0
        self.top_level = set()
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            # Name the culprit before the error itself, as CPython does.
            culprit = self.files[-1] if self.files else ''
            print("Invalid timing data %s" % culprit, file=self.stream)
            raise

    def load_stats(self, arg):
        """Takes the profile dict of arg: a marshal file's name or an object with create_stats()."""
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            self.stats, header = _read_profile_file(arg)
            self.files = [header]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            # The profiler hands its data over rather than sharing it.
            self.stats, arg.stats = arg.stats, {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        """Adds this profile's sums to the totals the report heads itself with."""
        calls, primitive, seconds, top, widest = _tally(self.stats)
        self.total_calls += calls
        self.prim_calls += primitive
        self.total_tt += seconds
        self.top_level |= top
        self.max_name_len = max(self.max_name_len, widest)

    def add(self, *arg_list):
        """Adds more profiles (Stats, file names or profilers) into this one; returns self."""
        # The last argument goes in first: file lists and entry order follow CPython's.
        for item in arg_list[::-1]:
            if type(item) != type(self):
                item = Stats(item)
            self._absorb(item)
        return self

    def _absorb(self, other):
        self.files += other.files
        self.total_calls += other.total_calls
        self.prim_calls += other.prim_calls
        self.total_tt += other.total_tt
        self.top_level |= other.top_level
        self.max_name_len = max(self.max_name_len, other.max_name_len)
        self.fcn_list = None
        # all_callees is deliberately kept: CPython only rebuilds it after strip_dirs().
        mine = self.stats
        for func, entry in other.stats.items():
            mine[func] = add_func_stats(mine.get(func, _NO_ENTRY), entry)

    def dump_stats(self, filename):
        """Writes the statistics as a marshal file, which Stats(filename) loads back."""
        with open(filename, 'wb') as target:
            marshal.dump(self.stats, target)

    # ------------------------------------------------------------ ordering

    def get_sort_arg_defs(self):
        """The sort words with the prefixes that name one of them ('cumu' for 'cumulative')."""
        if not self.sort_arg_dict:
            self.sort_arg_dict = _with_abbreviations(self.sort_arg_dict_default)
        return self.sort_arg_dict

    def sort_stats(self, *field):
        """Orders the listing by one or more sort words or SortKeys, the first most significant."""
        if not field:
            # No keys: back to the dict's own order ("Random listing order").
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = (_NUMERIC_SORT_KEYS[field[0]],)
        elif any(type(key) != type(field[0]) for key in field[1:]):
            raise TypeError("Can't have mixed argument type")
        table = self.get_sort_arg_defs()
        order = []
        descriptions = []
        self.sort_type = ""
        for key in field:
            if isinstance(key, SortKey):
                key = key.value
            positions, description = table[key]
            order.extend(positions)
            descriptions.append(description)
            # Kept up to date per key: an unknown later key leaves the earlier ones' text.
            self.sort_type = ", ".join(descriptions)
        self.fcn_list = _sorted_functions(self.stats, order)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        """Drops the directories from every function's file name; returns self."""
        self.stats = _stripped_profile(self.stats)
        self.max_name_len = max([len(func_std_string(func)) for func in self.stats], default=0)
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if not self.all_callees:
            self.all_callees = _callees_of(self.stats)

    # ------------------------------------------------------------ reports

    def eval_print_amount(self, sel, list, msg):
        """Applies one restriction to list, adding its note to msg: (new list, new msg)."""
        kept, note = _restrict(list, sel)
        return kept, msg + note

    def get_print_list(self, sel_list):
        """The functions a print_* call lists and the width of their names' column.

        Prints the order and restriction notes first when anything is left to list.
        """
        if self.fcn_list:
            funcs = self.fcn_list[:]
            notes = "   Ordered by: " + self.sort_type + '\n'
        else:
            funcs = list(self.stats)
            notes = "   Random listing order was used\n"
        for selection in sel_list:
            funcs, notes = self.eval_print_amount(selection, funcs, notes)
        if not funcs:
            return 0, funcs
        print(notes, file=self.stream)
        if len(funcs) < len(self.stats):
            # A shorter list gets a column as wide as its own names only.
            width = max(len(func_std_string(func)) for func in funcs)
        else:
            width = self.max_name_len
        return width + 2, funcs

    def _print_summary(self):
        out = self.stream
        for header in self.files:
            print(header, file=out)
        if self.files:
            print(file=out)
        pad = ' ' * 8
        for func in self.top_level:
            print(pad, func_get_function_name(func), file=out)
        line = "%s %s function calls " % (pad, self.total_calls)
        if self.prim_calls != self.total_calls:
            line += "(%d primitive calls) " % self.prim_calls
        print(line + "in %.3f seconds" % self.total_tt, file=out)
        print(file=out)

    def print_stats(self, *amount):
        """The report: totals, then one line per listed function; returns self."""
        self._print_summary()
        _, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print("\n", file=self.stream)
        return self

    def print_callees(self, *amount):
        """For each listed function, the functions it called; returns self."""
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print("\n", file=self.stream)
        return self

    def print_callers(self, *amount):
        """For each listed function, the functions that called it; returns self."""
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print("\n", file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        if _callers_are_timed(self.stats):
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        """source's name then one line per function of call_dict, the first beside the name."""
        out = self.stream
        # The name goes out before the lines are worked out, as CPython writes it.
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=out)
        if not call_dict:
            print(file=out)
            return
        # Later lines are indented to line up under the first one's columns.
        first = True
        for func in sorted(call_dict):
            calls = call_dict[func]
            if isinstance(calls, tuple):
                # cProfile: the calls this caller made and the time they took.
                nc, cc, tt, ct = calls
                # %d, not str(): these columns show whole counts whatever the data holds.
                count = ('%d' % nc if nc == cc else '%d/%d' % (nc, cc)).rjust(7 if first else 9)
                line = "%s %s %s  %s" % (count, f8(tt), f8(ct), func_std_string(func))
                indent = name_size + 1
            else:
                # The old profile module: a bare count, then the callee's cumulative time.
                line = "%s(%r) %s" % (func_std_string(func), calls, f8(self.stats[func][3]))
                indent = name_size + 3
            print(line if first else " " * indent + line, file=out)
            first = False

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, _ = self.stats[func]
        # Per-call columns stay blank for a function that was never called.
        own_per_call = "%8.3f" % (tt / nc) if nc else _BLANK_COLUMN
        cumulative_per_call = "%8.3f" % (ct / cc) if cc else _BLANK_COLUMN
        print("%9s %8.3f %s %8.3f %s %s" % (_calls_text(nc, cc), tt, own_per_call, ct, cumulative_per_call,
                                            func_std_string(func)), file=self.stream)

    # ------------------------------------------------------------ as numbers

    def get_stats_profile(self):
        """The report as numbers: a StatsProfile of FunctionProfiles keyed by function name."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats)
        if not funcs:
            return StatsProfile(0, {})

        def rounded(seconds):
            # The numbers the report prints, so that they compare equal to what is shown.
            return float(f8(seconds))

        profiles = {}
        for func in funcs:
            cc, nc, tt, ct, _ = self.stats[func]
            profiles[func[2]] = FunctionProfile(
                _calls_text(nc, cc), rounded(tt), rounded(tt / nc) if nc else -1,
                rounded(ct), rounded(ct / cc) if cc else -1, func[0], func[1])
        return StatsProfile(rounded(self.total_tt), profiles)


class TupleComp:
    """Compares two rows position by position, each ascending (1) or descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for position, direction in self.comp_select_list:
            mine, theirs = left[position], right[position]
            if mine < theirs:
                return -direction
            if theirs < mine:
                return direction
        return 0


# ---------------------------------------------------------------- function names
# A function is named by (filename, lineno, funcname); built-ins by ('~', 0, name).

_BUILTIN_PLACE = ('~', 0)


def func_strip_path(func_name):
    """func_name with its file's directories removed."""
    path, lineno, funcname = func_name
    return os.path.basename(path), lineno, funcname


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """The name printed in reports: file:line(function), or {name} for a built-in."""
    if func_name[:2] != _BUILTIN_PLACE:
        return "%s:%d(%s)" % func_name
    name = func_name[2]
    # '<built-in method len>' reads as '{built-in method len}'; a bare name stays bare.
    if name[:1] == '<' and name[-1:] == '>':
        return '{' + name[1:-1] + '}'
    return name


# ---------------------------------------------------------------- combining entries

def add_func_stats(target, source):
    """The sum of two entries of the same function."""
    pcalls, calls, own, cumulative, callers = target
    more_pcalls, more_calls, more_own, more_cumulative, more_callers = source
    return (pcalls + more_pcalls, calls + more_calls, own + more_own, cumulative + more_cumulative,
            add_callers(callers, more_callers))


def add_callers(target, source):
    """Two callers dicts merged; a caller in both gets the sum (per field for cProfile's tuples)."""
    merged = dict(target)
    for func, calls in source.items():
        if func not in merged:
            merged[func] = calls
        elif isinstance(calls, tuple):
            merged[func] = tuple(a + b for a, b in zip(calls, merged[func]))
        else:
            merged[func] += calls
    return merged


def count_calls(callers):
    """The total number of calls in an old-style callers dict (values are counts)."""
    total = 0
    for calls in callers.values():
        total += calls
    return total


def f8(x):
    return "%8.3f" % x


if __name__ == '__main__':
    from _pstats_browser import main
    main(Stats, sys.argv)
