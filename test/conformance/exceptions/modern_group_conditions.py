# ExceptionGroup.split/subgroup condition errors, except* with invalid types, construction from non-sequences
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
for cond in [3, (ValueError, 3), "x", int, (int,), lambda e: 1/0, None]:
    try: print(eg.split(cond))
    except Exception as e: print(type(e).__name__, e)
try:
    try: raise eg
    except* 3: pass
except TypeError as e: print("TypeError", e)
try:
    try: raise eg
    except* (ValueError, int): pass
except TypeError as e: print("TypeError", e)
try:
    try: raise eg
    except* lambda e: True: pass
except TypeError as e: print("TypeError", e)
def gen_excs():
    yield ValueError()
try: ExceptionGroup("g", gen_excs())
except TypeError as e: print(e)
print(ExceptionGroup("g", [ValueError()] * 2).exceptions)
class NotExc: pass
try: ExceptionGroup("g", [NotExc()])
except ValueError as e: print(e)
try: ExceptionGroup("g", [ValueError])
except ValueError as e: print(e)
