import random
from decimal import Decimal as D
from fractions import Fraction as F
class FS(float):
    def __mul__(s, o): return FS(float(s) * o)
    __rmul__ = __mul__
cases = [
 ('triangular', (D(0), D(10))), ('triangular', (F(0), F(10))), ('triangular', (F(1,3), F(10,3), F(2))), ('triangular', (1, 3, 1)), ('triangular', (2**60, 2**60+7)),
 ('triangular', (F(1), F(1), F(1))), ('triangular', (D(1), D(1), D(1))), ('triangular', (0, 10, D(3))),
 ('gauss', (D(1), 1.0)), ('gauss', (1.0, D(2))), ('gauss', (F(1,3), F(2))), ('gauss', (True, 2)), ('gauss', (FS(1), FS(2))),
 ('normalvariate', (D(1), 1.0)), ('normalvariate', (F(1), F(1,7))), ('normalvariate', (2**60, 3)),
 ('lognormvariate', (D(0), 1.0)), ('lognormvariate', (F(0), F(1,2))),
 ('expovariate', (D(2),)), ('expovariate', (F(2,3),)), ('expovariate', (F(0),)), ('expovariate', (0,)), ('expovariate', (True,)),
 ('vonmisesvariate', (D(1), D(2))), ('vonmisesvariate', (1.0, D(0))), ('vonmisesvariate', (D(1), 2.0)), ('vonmisesvariate', (F(1), F(2))), ('vonmisesvariate', (F(1), F(0))),
 ('gammavariate', (D(2), 1.0)), ('gammavariate', (1.0, D(2))), ('gammavariate', (D(0.5), 1.0)), ('gammavariate', (D(1), 1.0)), ('gammavariate', (F(5,2), F(3))), ('gammavariate', (F(1,2), 2)), ('gammavariate', (D(-1), 1)),
 ('betavariate', (D(2), 3.0)), ('betavariate', (F(2), F(3))), ('betavariate', (2.0, D(3))),
 ('paretovariate', (D(2),)), ('paretovariate', (F(5,2),)), ('paretovariate', (F(0),)),
 ('weibullvariate', (D(2), 1.0)), ('weibullvariate', (1.0, D(2))), ('weibullvariate', (F(2), F(3,2))),
 ('uniform', (F(1), F(2))),
]
for name, args in cases:
    random.seed(1)
    try: r = getattr(random, name)(*args); print(name, args, type(r).__name__, r)
    except Exception as e: print(name, args, type(e).__name__, e)
    print(' next', random.random())
r = random.Random(5)
print(r.gauss(F(1), F(3)), r.gauss(D(0), 1.0) if False else '', r.random())
for args in [(F(1,2), F(2)), (F(3,4), 1), (FS(0.3), FS(2.0)), (2**60, 1), (F(1), D(1))]:
    random.seed(7)
    try: print(random.gammavariate(*args), random.betavariate(*args), random.random())
    except Exception as e: print(type(e).__name__, e, random.random())
random.seed(3)
print([random.vonmisesvariate(F(k, 3), F(1, k)) for k in range(1, 5)])
print([random.triangular(F(k), F(k + 3), F(k + 1)) for k in range(4)])
print(random.weibullvariate(2**60, 2), random.paretovariate(2**70), random.expovariate(2**80))
