# marshal: nesting limits (MAX_MARSHAL_STACK_DEPTH 2000) on both sides, never a JavaScript stack overflow.
import marshal
for n in [1800, 1999, 2000, 2001]:
    x = []
    for i in range(n):
        x = [x]
    try: print(n, len(marshal.dumps(x)))
    except Exception as e: print(n, type(e).__name__, e)
    try: print(n, type(marshal.loads(b'[\x01\x00\x00\x00' * n + b'N')))
    except Exception as e: print(n, type(e).__name__, e)
