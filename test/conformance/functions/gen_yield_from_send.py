# values sent to a delegating generator are forwarded to the subgenerator
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator(results):
    while True:
        r = yield from accumulator()
        results.append(r)
        if len(results) == 2:
            return
results = []
d = delegator(results)
print(next(d))
print(d.send(5))
print(d.send(7))
print(d.send(None))
print(d.send(100))
try:
    d.send(None)
except StopIteration:
    print("delegator finished")
print(results)
