# Exit after an uncaught exception: the exception object itself is finalised first (with
# sys.last_value), then its frames' locals (lists last item first), then the module's objects
class E(Exception):
    def __del__(self): print("del E", self.args)

class A:
    def __init__(self, v): self.v = v
    def __del__(self): print("A", self.v)

try:
    raise E(1)
except E as e:
    saved = e
g = A(0)

def work():
    loc = A(2)
    items = [A(3), A(4)]
    inner = {'k': A(5)}
    raise E(6)

work()
