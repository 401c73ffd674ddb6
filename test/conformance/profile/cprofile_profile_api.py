# cProfile.Profile: runcall, runctx, the context manager, enable/disable, create_stats' dict, print_stats(sort).
import cProfile
import _workload


def labelled(stats):
    out = []
    for func, (cc, nc, tt, ct, callers) in stats.items():
        name = (func[0].split('/')[-1], func[1], func[2])
        calls = sorted(((c[0].split('/')[-1], c[1], c[2]), v) for c, v in callers.items())
        out.append((name, cc, nc, round(tt, 6), round(ct, 6), calls))
    return sorted(out)


pr = cProfile.Profile(_workload.timer, 0.001)
print(pr.runcall(_workload.fact, 4))
pr.create_stats()
for row in labelled(pr.stats):
    print(row)

pr = cProfile.Profile(_workload.timer, 0.001)
namespace = {'top': _workload.top}
print(pr.runctx('top(2)', namespace, None) is pr)
pr.print_stats()
pr.print_stats('name')

with cProfile.Profile(_workload.timer, 0.001) as pr:
    _workload.middle()
pr.print_stats()

pr = cProfile.Profile(_workload.timer, 0.001)
pr.enable()
_workload.leaf()
pr.disable()
pr.enable()
_workload.leaf()
pr.disable()
pr.snapshot_stats()
for row in labelled(pr.stats):
    print(row)
print(isinstance(pr, cProfile.Profile), cProfile.Profile.__mro__[1].__name__)
