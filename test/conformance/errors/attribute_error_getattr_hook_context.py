# AttributeErrors raised by __getattr__, __getattribute__ or a property get the name and object looked up (so the traceback offers "Did you mean"); a free variable's NameError names it
class Config:
    def __init__(self):
        self.timeout = 5
    def reload(self):
        pass
    def __getattr__(self, n):
        raise AttributeError(f"config has no {n}")
c = Config()
for f in (lambda: c.timeot, lambda: getattr(c, "timeot"), lambda: c.reloda(), lambda: getattr(c, "x", "default")):
    try:
        print(f())
    except AttributeError as e:
        print(e, "|", e.name, e.obj is c)
class P:
    @property
    def value(self):
        raise AttributeError("inner problem")
try:
    P().value
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
class Named:
    def __getattr__(self, n):
        raise AttributeError("explicit", name="given", obj=None)
try:
    Named().zzz
except AttributeError as e:
    print(e, "|", e.name, e.obj)
class Lazy:
    def __getattribute__(self, n):
        raise AttributeError("custom " + n)
try:
    Lazy().oky
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
def make():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e, "|", e.name)
    value = 3
    def local():
        print(x)
        x = 1
    try:
        local()
    except UnboundLocalError as e:
        print(type(e).__name__, e, "|", e.name)
make()
def job():
    return c.timeot * 2
job()
