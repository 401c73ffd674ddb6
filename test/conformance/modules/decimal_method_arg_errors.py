from decimal import Decimal
D = Decimal(1)
for n in dir(Decimal):
    if n.startswith('_') or n == 'from_float': continue
    f = getattr(D, n)
    if not callable(f): continue
    for a, k in (((), {}), ((1, 2, 3, 4), {}), ((), {'zz': 1})):
        try: f(*a, **k)
        except TypeError as e: print(n, e)
        except Exception as e: print(n, type(e).__name__)
for a, k in (((1, 2, 3), {}), ((1,), {'x': 2}), ((), {'value': 1, 'context': None, 'q': 1}), ((1,), {'value': 2})):
    try: Decimal(*a, **k)
    except TypeError as e: print('Decimal', e)
