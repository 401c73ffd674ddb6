# Profile and trace events around exec() and eval(): c_call/c_return/c_exception of the built-in
# around the code's own call/return, line events in '<string>', errors, recursion, tracebacks.
import sys

events = []
def prof(frame, event, arg):
    name = arg.__name__ if event.startswith('c_') else frame.f_code.co_name
    events.append((event, name, frame.f_code.co_filename.split('/')[-1]))

def f(x):
    return x * 2

sys.setprofile(prof)
exec("y = f(3)")
v = eval("f(4) + 1")
try:
    exec("1/0")
except ZeroDivisionError:
    pass
try:
    exec("def (")
except SyntaxError:
    pass
try:
    eval("undefined_name")
except NameError:
    pass
sys.setprofile(None)
for e in events:
    print(e)
print(y, v)

tr = []
def tracer(frame, event, arg):
    tr.append((event, frame.f_code.co_name, frame.f_lineno, frame.f_code.co_filename))
    return tracer
sys.settrace(tracer)
exec("a = 1\nb = a + 1\nfor i in range(2):\n    b += i\n")
try:
    exec("x = 1\nraise KeyError('k')\n")
except KeyError as e:
    tr.append(('caught', repr(e)))
z = eval("[i*i for i in range(3)]")
sys.settrace(None)
for e in tr:
    print(e)
print(a, b, z)

def g():
    exec("q = 10")
    return 5
def deep(n):
    if n == 0:
        return eval("sys._getframe().f_back.f_code.co_name")
    return deep_e(n)
def deep_e(n):
    ns = {'deep': deep, 'n': n}
    exec("res = deep(n - 1)", ns)
    return ns['res']
print(deep(5))
def gen():
    for i in range(3):
        exec("yv = i * 10", globals(), locals())
        yield i
print(list(gen()))
def rec(n):
    return eval("rec(n + 1)", {'rec': rec, 'n': n})
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)
import traceback
try:
    exec("def h():\n    raise ValueError('in h')\nh()")
except ValueError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.split('/')[-1], fs.lineno, fs.name, fs.line)
print(exec("1"), eval("1"))
print(sys._getframe().f_code.co_name, eval("sys._getframe().f_back.f_code.co_name"), eval("sys._getframe().f_code.co_name"))
