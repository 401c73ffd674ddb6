# pstats edge cases: functions never called (blank per-call columns), a top-level entry
# (jprofile caller), built-in names without <>, an empty Stats, a profiler-like object,
# bad arguments, a custom stream, get_stats_profile, the helper functions and SortKey.
import pstats
from pstats import SortKey, func_std_string, func_strip_path, func_get_function_name, f8, add_callers, count_calls
from _load import load

st = load('edge.prof')
st.print_stats()
st.sort_stats('pcalls').print_stats()
st.print_callers()
st.print_callees()
print(sorted(st.top_level))
print(st.get_stats_profile())
print(st.sort_stats('name').get_stats_profile().func_profiles['work'])

empty = pstats.Stats()
print(empty.stats, empty.files, empty.total_calls)
empty.print_stats()
empty.print_callers()
empty.print_callees()
print(empty.get_stats_profile())


class FakeProfile:
    def __init__(self):
        self.stats = None

    def create_stats(self):
        self.stats = {('a.py', 1, 'f'): (2, 3, 0.5, 0.75, {('a.py', 9, 'g'): (2, 3, 0.5, 0.75)}),
                      ('a.py', 9, 'g'): (1, 1, 0.25, 1.0, {})}


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


fake = FakeProfile()
out = Collect()
s = pstats.Stats(fake, stream=out)
print(fake.stats, s.stream is out)
r = s.sort_stats(SortKey.TIME).print_stats().print_callers().print_callees()
print(r is s)
print(''.join(out.parts), end='')

for bad in [(42,), (object(),), ({},)]:
    try:
        pstats.Stats(*bad)
    except TypeError as e:
        print('TypeError', str(e).split(' from ')[0])
try:
    st.sort_stats('calls', SortKey.NAME)
except TypeError as e:
    print('TypeError', e)
try:
    st.sort_stats('nosuchkey')
except KeyError as e:
    print('KeyError', e)
try:
    st.sort_stats('c')
except KeyError as e:
    print('KeyError', e)
try:
    st.sort_stats(7)
except KeyError as e:
    print('KeyError', e)

print(func_std_string(('~', 0, '<built-in method builtins.len>')), func_std_string(('~', 0, 'x')),
      func_std_string(('/a/b.py', 3, 'f')), func_std_string(('~', 1, '<x>')))
print(func_strip_path(('/a/b/c.py', 3, 'f')), func_strip_path(('~', 0, 'x')), func_get_function_name(('a', 1, 'f')))
print(repr(f8(0)), repr(f8(1234.56789)), repr(f8(-0.0004)), repr(f8(1e9)))
print(add_callers({'a': (1, 2, 0.5, 0.5)}, {'a': (1, 1, 0.25, 0.25), 'b': (1, 1, 0, 0)}), add_callers({'a': 1}, {'a': 2, 'b': 3}))
print(count_calls({'a': 1, 'b': 5}))

print(SortKey.CALLS == 'calls', str(SortKey.CUMULATIVE), '%s' % SortKey.TIME, '{}'.format(SortKey.NFL), repr(SortKey.LINE))
print(SortKey('ncalls') is SortKey.CALLS, SortKey('tottime') is SortKey.TIME, SortKey['NAME'] is SortKey.NAME)
print(SortKey.FILENAME.name, SortKey.FILENAME.value, len(SortKey), list(SortKey)[:3], isinstance(SortKey.PCALLS, str))
print(SortKey.STDNAME in SortKey, SortKey, type(SortKey.CALLS) is SortKey)
try:
    SortKey('bogus')
except ValueError as e:
    print('ValueError', e)
print(sorted(k for k in st.get_sort_arg_defs() if len(k) <= 3))
print(pstats.__all__)

import io
buf = io.StringIO()
pstats.Stats(FakeProfile(), stream=buf).sort_stats('cumulative').print_stats(1)
print(repr(buf.getvalue()))
