# pstats: print_stats under every sort key CPython accepts, their abbreviations, SortKey
# members, several keys at once, the old numeric keys, and reverse_order.
from pstats import SortKey
from _load import load

st = load('demo.prof')
st.print_stats()
for key in ['calls', 'ncalls', 'cumulative', 'cumtime', 'file', 'filename', 'module', 'line', 'name', 'nfl',
            'pcalls', 'stdname', 'time', 'tottime', 'cumu', 'cumt', 'tot', 'std', 'pc', 'nf']:
    st.sort_stats(key).print_stats()
for key in SortKey:
    st.sort_stats(key).print_stats()
st.sort_stats('calls', 'name').print_stats()
st.sort_stats(SortKey.FILENAME, SortKey.LINE).print_stats()
st.sort_stats('time', 'cumulative', 'stdname').print_stats()
for legacy in [-1, 0, 1, 2]:
    st.sort_stats(legacy).print_stats()
st.sort_stats('cumulative').reverse_order().print_stats()
print(st.sort_stats() is st, st.fcn_list)
st.print_stats()
