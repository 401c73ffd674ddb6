# pstats API corners: add() of file names, profiler objects and Stats subclasses (and the
# order files and entries end up in), callees cached across add(), the stream captured at
# construction, re-init, bool/negative/float restrictions, bad sort keys, get_stats_profile
# of the old profile module's data, and Stats that cannot be built.
import io
import os
import contextlib
import pstats
from pstats import SortKey
from _load import load


class FakeProfile:
    def __init__(self, tag):
        self.tag = tag

    def create_stats(self):
        self.stats = {('x.py', 1, 'f' + self.tag): (1, 2, 0.125, 0.25, {('x.py', 9, 'g'): (1, 2, 0.125, 0.25)}),
                      ('x.py', 9, 'g'): (1, 1, 0.5, 1.0, {})}


class MyStats(pstats.Stats):
    pass


# add() takes file names, profiler objects and Stats; files and entries keep CPython's order.
st = load('second.prof')
st.add(os.path.join('_data', 'edge.prof'), FakeProfile('1'), pstats.Stats(FakeProfile('2')))
try:
    st.add(MyStats(FakeProfile('3')))
except TypeError as e:
    print('TypeError', str(e).split(' from ')[0])
# The header line holds the file's mtime: keep only the name.
st.files = [f.split('    ')[-1] for f in st.files]
print(st.files)
print(list(st.stats)[:9])
print(st.total_calls, st.prim_calls, st.total_tt, st.max_name_len, sorted(st.top_level))
print(st.stats[('x.py', 9, 'g')])
st.print_stats()
three = pstats.Stats(FakeProfile('a'), FakeProfile('b'), FakeProfile('c'))
print(list(three.stats), three.files)
m = MyStats(FakeProfile('z'))
m.add(FakeProfile('y'))
print(type(m).__name__, list(m.stats), m.add() is m)

# The callees table is computed once; add() keeps it, strip_dirs() drops it.
st = load('second.prof')
st.print_callees('walk')
print(sorted(st.all_callees[('/srv/app/second.py', 4, 'walk')]))
st.add(FakeProfile('q'))
st.print_callees('g')
st.strip_dirs()
print(st.all_callees, st.fcn_list)
st.print_callees('g')
st.calc_callees()
print(sorted(st.all_callees[('x.py', 9, 'g')]))

# The stream is sys.stdout as it was when the Stats was made.
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    inside = pstats.Stats(FakeProfile('s'))
outside = pstats.Stats(FakeProfile('t'))
with contextlib.redirect_stdout(buf):
    outside.print_stats()
inside.print_stats()
print(repr(buf.getvalue()))

# init() starts over from another source.
st = load('second.prof')
st.sort_stats('time')
st.init(FakeProfile('r'))
print(st.files, list(st.stats), st.fcn_list, st.total_calls, st.total_tt, st.all_callees)
st.print_stats()

# Restrictions of other types.
st = load('demo.prof').sort_stats('time')
for amount in [(True,), (False,), (-0.5,), (2.5,), (1.5, 3), (3, 0.5, 0.5), ('util', 'helper', 1)]:
    print('=== print_stats%r' % (amount,))
    st.print_stats(*amount)
st.sort_stats()
print(st.fcn_list, st.reverse_order() is st)
st.print_stats(3)
st = load('edge.prof')
print(st.fcn_list, st.reverse_order().fcn_list)

# Sort keys that are not accepted.
for keys in [(1, 2), (SortKey.TIME, 'calls'), ('calls', 1), (3,), ('',), ('CALLS',), (None,), (1.5,)]:
    try:
        load('edge.prof').sort_stats(*keys)
        print('ok', keys)
    except Exception as e:
        print(keys, type(e).__name__, e)
st = load('edge.prof').sort_stats(SortKey.NAME, SortKey.CALLS)
print(st.sort_type, st.fcn_list)
st = load('edge.prof').sort_stats('tim', 'fil', 'li')
print(st.sort_type, st.fcn_list)
defs = st.get_sort_arg_defs()
print(len(defs), defs['cumu'], defs['s'], 'st' in defs, 'c' in defs, 'n' in defs, 'f' in defs)
print(st.get_sort_arg_defs() is defs, sorted(pstats.Stats.sort_arg_dict_default))

# get_stats_profile on the old profile module's counts, in listing order.
old = load('demo_profile_module.prof').sort_stats('cumulative')
prof = old.get_stats_profile()
print(prof.total_tt, list(prof.func_profiles)[:6])
print(prof.func_profiles['fib'], prof.func_profiles['profiler'])
print(prof == old.get_stats_profile(), pstats.FunctionProfile('1', 0.0, 0.0, 0.0, 0.0, 'a', 1))

# Stats that cannot be built, and dump_stats to nowhere.
for bad in [(pstats.Stats(FakeProfile('w')),), ('_data',), ([],), (b'x',)]:
    try:
        pstats.Stats(*bad)
        print('built', bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(' from ')[0])
try:
    pstats.Stats(FakeProfile('d')).dump_stats(os.path.join('_no_dir', 'x.prof'))
except OSError as e:
    print(type(e).__name__, e)
try:
    load('edge.prof').add(42)
except TypeError as e:
    print('TypeError', str(e).split(' from ')[0])

# A failed sort_stats keeps the old order but has already begun its "Ordered by" text.
st = load('edge.prof').sort_stats('time')
for keys in [('calls', 'bogus'), ('bogus', 'calls')]:
    try:
        st.sort_stats(*keys)
    except KeyError as e:
        print('KeyError', e, repr(st.sort_type), st.fcn_list[:2])
    st.print_stats(2)
