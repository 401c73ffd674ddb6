# time's functions check their arguments as CPython's do (clocks take none)
import time

def t(f):
    try:
        f()
        print('ok')
    except TypeError as e:
        print(e)

for name in ['time', 'time_ns', 'perf_counter', 'perf_counter_ns', 'monotonic', 'monotonic_ns', 'process_time', 'process_time_ns', 'thread_time']:
    fn = getattr(time, name)
    t(lambda: fn(1))
    t(lambda: fn(x=1))
    t(lambda: fn())
for name in ['gmtime', 'localtime', 'ctime', 'asctime']:
    fn = getattr(time, name)
    t(lambda: fn(1, 2))
    t(lambda: fn(x=1))
t(lambda: time.strftime())
t(lambda: time.strftime('%Y', None, 1))
t(lambda: time.strftime(x='%Y'))
t(lambda: time.strptime())
t(lambda: time.strptime('a', 'b', 'c'))
t(lambda: time.strptime(x=1))
t(lambda: time.mktime(x=1))
t(lambda: time.sleep(x=1))
