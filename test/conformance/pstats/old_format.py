# pstats on the pure-Python profile module's data: callers are plain counts, so callers and
# callees print as name(count) cumtime, without the column titles.
from _load import load

st = load('demo_profile_module.prof')
st.print_stats()
st.sort_stats('cumulative').print_stats()
st.print_callers()
st.print_callees()
st.print_callers('demo')
st.strip_dirs().sort_stats('calls').print_callees(5)
print(st.total_calls, st.prim_calls, st.total_tt)
