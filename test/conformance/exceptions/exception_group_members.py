# The group's message/exceptions members (read-only) and its methods' reprs.
print(ExceptionGroup.message, BaseExceptionGroup.exceptions, type(ExceptionGroup.message).__name__)
g = ExceptionGroup("m", [ValueError()])
for n in ('message', 'exceptions'):
    try: setattr(g, n, 1)
    except Exception as e: print(type(e).__name__, e)
    try: delattr(g, n)
    except Exception as e: print(type(e).__name__, e)
print(BaseExceptionGroup.message.__get__(g))
try: BaseExceptionGroup.message.__get__(ValueError())
except Exception as e: print(type(e).__name__, e)
print(ExceptionGroup.derive, BaseExceptionGroup.__str__)
