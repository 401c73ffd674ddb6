# pstats: print_callers and print_callees (cProfile's tuple callers), sorted, restricted,
# and after strip_dirs.
from _load import load

st = load('demo.prof')
st.print_callers()
st.print_callees()
st.sort_stats('cumulative')
st.print_callers()
st.print_callees()
st.print_callers(3)
st.print_callees('fib')
st.print_callers('helper')
st.print_callees(0.3, 'demo')
st.sort_stats('name').print_callees('nomatch')
st.strip_dirs().sort_stats('nfl')
st.print_callers()
st.print_callees()
s2 = load('second.prof').sort_stats('time')
s2.print_callers()
s2.print_callees()
