# unittest.mock.seal: configured children keep working, new attributes raise
from unittest.mock import Mock, seal
m = Mock(); m.a.b.return_value = 3; m.c = 1; seal(m)
print(m.a.b(), m.c)
for f in (lambda: m.d, lambda: m.a.x, lambda: m.a.b.y, lambda: m.a.b().z):
    try: f()
    except AttributeError as e: print(e)
