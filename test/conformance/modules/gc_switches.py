# gc's switches and thresholds as a program sees them (what collect() returns depends on
# the collector, so only its type and its errors are printed).
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 2)
print(gc.get_threshold())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, gc.garbage, gc.callbacks)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError:', e)
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug(), gc.DEBUG_LEAK)
gc.set_debug(0)
gc.freeze()
gc.unfreeze()
