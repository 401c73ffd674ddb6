# resource: getrusage fields, getrlimit/setrlimit on this process (lowering a soft limit), argument errors
import resource as r

u = r.getrusage(r.RUSAGE_SELF)
print(type(u).__name__, len(u), u.ru_utime >= 0, u.ru_stime >= 0, u.ru_maxrss > 1000, u[2] == u.ru_maxrss)
print(isinstance(u.ru_minflt, int), isinstance(u.ru_utime, float), u.n_fields)
c = r.getrusage(r.RUSAGE_CHILDREN)
print(c.ru_utime >= 0, c.ru_minflt >= 0, len(r.getrusage(r.RUSAGE_THREAD)))
print(r.RLIMIT_CPU, r.RLIMIT_NOFILE, r.RLIMIT_OFILE, r.RLIMIT_AS, r.RLIM_INFINITY, r.RUSAGE_SELF, r.RUSAGE_CHILDREN)
print(r.error is OSError, r.getpagesize() % 4096, hasattr(r, 'RLIMIT_LOCKS'))
soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
print(isinstance(soft, int), soft <= hard or hard == r.RLIM_INFINITY)
r.setrlimit(r.RLIMIT_NOFILE, (64, hard))
print(r.getrlimit(r.RLIMIT_NOFILE)[0], r.getrlimit(r.RLIMIT_NOFILE)[1] == hard, r.prlimit(0, r.RLIMIT_NOFILE)[0])
print(r.prlimit(0, r.RLIMIT_NOFILE, (80, hard))[0], r.getrlimit(r.RLIMIT_NOFILE)[0])
for args in [(99,), ('x',), (-1,)]:
    try:
        r.getrlimit(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(7, (1,)), (7, (10, 5)), (7, 'ab'), (99, (1, 1)), (7, (1 << 70, 1)), (7, 5)]:
    try:
        r.setrlimit(*args)
    except Exception as e:
        print(type(e).__name__, e)
for who in (5, 'self'):
    try:
        r.getrusage(who)
    except Exception as e:
        print(type(e).__name__, e)
print([n for n in dir(r) if not n.startswith('_')])
