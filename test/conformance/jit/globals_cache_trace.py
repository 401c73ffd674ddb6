# sys.settrace and frame.f_globals: a tracer that rewrites globals while a module loop runs.
import sys

def get_k():
    return k

k = 0
hits = []
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "get_k":
        frame.f_globals["k"] = frame.f_globals["k"] + 1000
    return tracer

total = 0
for i in range(300):
    k = i
    total += get_k()
print(total)
sys.settrace(tracer)
for i in range(5):
    k = i
    hits.append(get_k())
sys.settrace(None)
print(hits)
for i in range(300):
    k = i
    total += get_k()
print(total)
f = sys._getframe()
print(f.f_globals is globals())
f.f_globals["k"] = "via f_globals"
print(get_k())
