# Closures and nonlocal: counters, accumulators, late binding, class scopes, cell contents, scope errors
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    inc.reset = reset
    return inc

c1, c2 = make_counter(), make_counter(100, 10)
print(c1(), c1(), c2(), c1.reset(), c1(), c2())
print(c1.__closure__ is not None, [type(x).__name__ for x in c1.__closure__], c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(c1.__closure__[0].cell_contents)

funcs = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], [f() for f in bound])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        return inner
    r = middle()()
    return r, x
print(outer())

def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
print([acc(v) for v in (1, 2, 3)])

x = "global"
def shadow():
    print("before:", x)
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
shadow(); broken()

def use_before_nonlocal():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 1
    return inner()
print(use_before_nonlocal())

def deleted():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
deleted()

class Config:
    base = 10
    items = [base * i for i in range(3)] if False else None
    try:
        doubled = [base * i for i in range(3)]
    except NameError as e:
        doubled = str(e)
    names = [n for n in ("a", "b")]
    scale = (lambda b=base: b * 2)()
print(Config.doubled, Config.names, Config.scale)

def class_in_func():
    secret = 42
    class Inner:
        value = secret
        def get(self):
            return secret + 1
    return Inner().value, Inner().get()
print(class_in_func())

g_count = 0
def bump():
    global g_count
    g_count += 1
    return g_count
bump(); bump()
print(g_count, "g_count" in globals(), sorted(k for k in locals() if k.startswith("g_")))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def stairs(n):
    return 1 if n < 2 else stairs(n - 1) + stairs(n - 2)
print(stairs(60), len(stairs.cache))

def pipeline(*fns):
    def run(v):
        for f in fns:
            v = f(v)
        return v
    return run
print(pipeline(str.split, len, lambda n: n * n)("a b c d"))

def generator_closure():
    factor = 2
    gen = (v * factor for v in range(3))
    factor = 10
    return list(gen)
print(generator_closure())

def loc():
    a = 1
    b = [2]
    def inner():
        return a
    return sorted(locals())
print(loc())
def nonlocal_loop():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    res = []
    j = 0
    def adder():
        nonlocal j
        j += 1
    for _ in range(5):
        adder()
    return [f() for f in fs], j
print(nonlocal_loop())
compile_errors = [
    "def f():\n    nonlocal q\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
]
for src in compile_errors:
    try:
        compile(src, "<scope>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
    while n < 3:
        bump()
        yield n
print(list(counter_gen()))
