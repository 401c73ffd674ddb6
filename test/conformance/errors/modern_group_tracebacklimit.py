# sys.tracebacklimit with nested exception groups
import sys
sys.tracebacklimit = 1
def a(): b()
def b(): raise ExceptionGroup("g", [ValueError(1)])
try:
    a()
except ExceptionGroup as e:
    e2 = e
def c():
    raise ExceptionGroup("outer", [e2, KeyError("k")])
c()
