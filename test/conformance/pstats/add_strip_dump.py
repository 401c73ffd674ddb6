# pstats: Stats from several files, add(), strip_dirs() merging entries whose names become
# equal, totals, and dump_stats round trips through marshal.
import os
import marshal
import pstats
from _load import load

both = load('demo.prof', 'second.prof')
print(both.total_calls, both.prim_calls, round(both.total_tt, 6), both.max_name_len)
both.sort_stats('stdname').print_stats()
one = load('demo.prof')
one.add(load('second.prof'), load('demo.prof'))
one.sort_stats('calls', 'stdname').print_stats()
print(one.stats == load('demo.prof').add(load('second.prof')).add(load('demo.prof')).stats)
stripped = load('demo.prof').strip_dirs()
print(stripped.max_name_len, len(stripped.stats), stripped.fcn_list)
stripped.sort_stats('file', 'line').print_stats()
stripped.print_callers('helper')
print(stripped.stats[('util.py', 1, 'helper')])

path = '_dump_tmp.prof'
one.dump_stats(path)
with open(path, 'rb') as f:
    again = marshal.load(f)
print(again == one.stats)
reloaded = pstats.Stats(path)
reloaded.files = []
reloaded.sort_stats('time').print_stats(4)
os.remove(path)
