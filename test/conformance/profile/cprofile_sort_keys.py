# cProfile with a deterministic timer, printed by pstats under every sort key (names, SortKey, ints) and with restrictions.
import cProfile
import pstats
from pstats import SortKey
import _workload

pr = cProfile.Profile(_workload.timer, 0.001)
pr.enable()
_workload.run_all()
_workload.run_all()
pr.disable()

st = pstats.Stats(pr).strip_dirs()
for key in ['calls', 'cumulative', 'cumtime', 'ncalls', 'pcalls', 'name', 'nfl', 'stdname', 'time', 'tottime', 'line']:
    print('#### sort_stats(%r)' % key)
    st.sort_stats(key).print_stats()
for keys in [('filename', 'line'), ('file', 'name'), ('module', 'calls')]:
    print('#### sort_stats%r' % (keys,))
    st.sort_stats(*keys).print_stats()
for key in [SortKey.CUMULATIVE, SortKey.TIME, SortKey.PCALLS]:
    print('#### sort_stats(%s)' % key)
    st.sort_stats(key).print_stats()
for n in [-1, 0, 1, 2]:
    print('#### sort_stats(%d)' % n)
    st.sort_stats(n).print_stats()
print('#### reversed, restricted')
st.sort_stats('time').reverse_order().print_stats()
st.sort_stats('cumulative').print_stats(2)
st.sort_stats('cumulative').print_stats(0.5)
st.sort_stats('cumulative').print_stats('le')
st.sort_stats('cumulative').print_stats('e', 2)
