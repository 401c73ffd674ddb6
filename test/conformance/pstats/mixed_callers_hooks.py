# pstats corners: callers dicts mixing cProfile tuples and plain counts (each line's own
# indent), strip_dirs merging callers, prefix order of get_sort_arg_defs, subclasses
# overriding the print hooks, TupleComp, add_func_stats, and an empty Stats.
import io, pstats, functools
class P:
    def __init__(self, d): self.d = d
    def create_stats(self): self.stats = self.d
d = {('/a/x.py', 1, 'f'): (2, 3, 0.5, 0.75, {('/a/x.py', 9, 'g'): (2, 3, 0.5, 0.75), ('/b/y.py', 2, 'h'): 4, ('/c/x.py', 9, 'g'): (1, 1, 0.1, 0.2)}),
     ('/a/x.py', 9, 'g'): (1, 1, 0.25, 1.0, {('jprofile', 0, 'profiler'): 1}),
     ('/b/y.py', 2, 'h'): (1, 1, 0.125, 0.5, {}),
     ('/c/x.py', 9, 'g'): (1, 1, 0.25, 1.0, {('/a/x.py', 1, 'f'): (1, 1, 0.1, 0.2)}),
     ('~', 0, '<'): (1, 1, 0.0, 0.0, {}), ('jprofile', 0, 'profiler'): (0, 0, 0, 0, {})}
s = pstats.Stats(P(dict(d)))
print(list(s.get_sort_arg_defs()))
print(list(pstats.Stats.sort_arg_dict_default.items())[:3])
s.print_callers(); s.print_callees(); s.sort_stats('std').print_stats()
s.strip_dirs(); print(s.stats, sorted(s.top_level))
s.sort_stats('nfl').print_callers(); s.print_callees(); s.print_stats()
class Mine(pstats.Stats):
    def print_line(self, func): print('LINE', func, file=self.stream)
    def print_title(self): print('TITLE', file=self.stream)
    def eval_print_amount(self, sel, lst, msg): return lst[:1], msg + 'custom\n'
Mine(P(dict(d))).print_stats('x')
rows = [(1, 'b'), (1, 'a'), (2, 'c')]
print(sorted(rows, key=functools.cmp_to_key(pstats.TupleComp(((0, -1), (1, 1))).compare)))
print(pstats.add_func_stats((1, 2, 0.5, 0.25, {'a': 1}), (3, 4, 0.25, 0.5, {'a': 2})))
e = pstats.Stats(); print(e.get_sort_arg_defs() is e.sort_arg_dict, e.max_name_len, e.total_tt, e.reverse_order() is e)
print(e.strip_dirs().max_name_len, e.sort_stats('calls').fcn_list, e.get_stats_profile())
