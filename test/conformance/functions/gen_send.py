# generator.send delivers a value as the result of the paused yield
def echo():
    received = None
    while True:
        received = yield "echo: " + str(received)
        if received == "stop":
            return
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped", e.value)
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
a.send(None)
for v in (10, 20, 30, 5):
    print(a.send(v))
def gen():
    yield 1
try:
    gen().send("too early")
except TypeError as e:
    print("TypeError:", e)
