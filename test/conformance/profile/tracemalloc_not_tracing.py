# tracemalloc while not tracing: the answers every Python gives before start()
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit(), tracemalloc.get_object_traceback([]))
try: tracemalloc.take_snapshot()
except RuntimeError as e: print(type(e).__name__, e)
tracemalloc.stop(); tracemalloc.clear_traces(); tracemalloc.reset_peak()
for a in [-1, 0, 70000, 'x']:
    try: tracemalloc.start(a)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
