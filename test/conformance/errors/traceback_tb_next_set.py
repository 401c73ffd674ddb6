# traceback.tb_next: no deletion, only a traceback or None, no loops.
import sys, types
def raiser(): raise ValueError
try:
    raiser()
except Exception as exc:
    tb = exc.__traceback__
for f in [lambda: delattr(tb, 'tb_next'), lambda: setattr(tb, 'tb_next', 'asdf'), lambda: setattr(tb, 'tb_next', tb), lambda: setattr(tb.tb_next, 'tb_next', tb)]:
    try: f(); print('ok')
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
n = tb.tb_next
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = n
print(tb.tb_next is n)
