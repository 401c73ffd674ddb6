# contextvars: ContextVar get/set/reset and defaults, Token, copy_context, Context.run and its mapping protocol, threads, errors
import contextvars as cv, threading
print(cv.ContextVar, cv.Token, cv.Context, cv.ContextVar.__module__, cv.Token.__module__, cv.__all__)
v = cv.ContextVar('v'); w = cv.ContextVar('w', default=5)
print(v.name, w.name, repr(cv.Token.MISSING), type(cv.Token.MISSING))
try: v.get()
except LookupError as e: print(type(e).__name__, e.args[0] is v, len(e.args))
print(v.get(3), w.get(), w.get(7))
t = v.set(1); print(t.var is v, t.old_value is cv.Token.MISSING, v.get())
t2 = v.set(2); print(t2.old_value)
v.reset(t2); print(v.get())
for f, a in [(v.reset, (t2,)), (w.reset, (t,)), (v.reset, (1,)), (cv.ContextVar, (1,)), (cv.Context, (1,)), (cv.Token, ()), (v.reset, ()), (v.set, ()), (w.set, (1, 2)), (cv.ContextVar, ('a', 1)), (v.get, (1, 2)), (cv.ContextVar, ()), (cv.copy_context, (1,))]:
  try: f(*a)
  except Exception as e: print(type(e).__name__, str(e).replace(hex(id(v)), 'V').replace(hex(id(w)), 'W').replace(hex(id(t2)), 'T2').replace(hex(id(t)), 'T'))
try: cv.ContextVar('a', x=1)
except Exception as e: print(type(e).__name__, e)
try: cv.Context(a=1)
except Exception as e: print(type(e).__name__, e)
try:
  class X(cv.ContextVar): pass
except Exception as e: print(type(e).__name__, e)
try:
  class Y(cv.Context): pass
except Exception as e: print(type(e).__name__, e)
c = cv.copy_context()
print(len(c), list(c.keys()) == [v], c[v], v in c, w in c, c.get(w), c.get(w, 9), list(c.items())[0][1], list(c.values()), list(c) == [v])
try: c[w]
except Exception as e: print(type(e).__name__, e.args[0] is w)
for op in [lambda: c[1], lambda: c.get(1), lambda: 1 in c, lambda: c.get(), lambda: c.run(), lambda: c.run(1)]:
  try: op()
  except Exception as e: print(type(e).__name__, e)
def f(x):
  v.set(x); return v.get()
print(c.run(f, 10), v.get(), c[v])
def g(): return c.run(lambda: 1)
try: c.run(g)
except Exception as e: print(type(e).__name__, str(e)[:40])
def kw(a, b=0): return a + b
print(c.run(kw, 1, b=2))
print(c == c.copy(), c == cv.Context(), cv.Context() == cv.Context(), len(cv.Context()), c == 1, c != 1)
print(hash(v) == hash(v), v == v, v != cv.ContextVar('v'))
try: v.name = 'x'
except Exception as e: print(type(e).__name__, e)
try: v.foo = 'x'
except Exception as e: print(type(e).__name__, e)
try: t.var = 'x'
except Exception as e: print(type(e).__name__, e)
try: t.foo = 'x'
except Exception as e: print(type(e).__name__, e)
print(cv.ContextVar[int], cv.Token[int])
# reset in another context
def other():
  try: v.reset(t)
  except Exception as e: print(type(e).__name__, 'different Context' in str(e))
c.run(other)
# copies are independent
c1 = cv.copy_context(); c2 = c1.copy()
c1.run(v.set, 100)
print(c1[v], c2[v], v.get())
def setw(): w.set(50); return cv.copy_context()
inner = c2.run(setw)
print(w in c2, c2[w], inner[w], w.get(), w in inner, w in c1)
# reset back to missing
tok = w.set(8); print(w.get()); w.reset(tok); print(w.get(), w in cv.copy_context())
# threads start with an empty context
out = []
def th(): out.append((v.get('none'), len(cv.copy_context()))); v.set('thread'); out.append(v.get())
x = threading.Thread(target=th); x.start(); x.join(); print(out, v.get())
x = threading.Thread(target=c1.run, args=(lambda: out.append(v.get()),)); x.start(); x.join(); print(out[-1])
# LookupError after reset
z = cv.ContextVar('z'); tz = z.set(1); z.reset(tz)
try: z.get()
except LookupError as e: print('LookupError', e.args[0] is z)
print(repr(v).startswith("<ContextVar name='v' at 0x"), repr(w).startswith("<ContextVar name='w' default=5 at 0x"), repr(tz).startswith("<Token used var=<ContextVar name='z' at"))
