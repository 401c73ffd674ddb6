import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


sys._getframe().f_trace = tracer
sys.settrace(tracer)
total = 0
for i in range(2):
    total += i
while total < 3:
    total += 1
if total:
    pass
data = [x
        for x in range(2)]
try:
    {}['x']
except KeyError:
    total = (total +
             1)
print(total)
sys.settrace(None)
