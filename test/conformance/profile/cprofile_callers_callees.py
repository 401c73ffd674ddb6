# pstats print_callers / print_callees on a cProfile run with a deterministic timer.
import cProfile
import pstats
import _workload

pr = cProfile.Profile(_workload.timer, 0.001)
pr.enable()
_workload.run_all()
_workload.run_all()
pr.disable()

st = pstats.Stats(pr).strip_dirs()
st.sort_stats('cumulative')
st.print_callers()
st.print_callees()
st.sort_stats('name')
st.print_callers('leaf')
st.print_callees('top')
st.sort_stats('time').print_callees(2)
