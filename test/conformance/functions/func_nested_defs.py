# nested function definitions and helper functions inside functions
def process(items):
    def clean(s):
        return s.strip().lower()
    def valid(s):
        return len(s) > 0
    cleaned = [clean(s) for s in items]
    return [s for s in cleaned if valid(s)]
print(process(["  Foo", "", "BAR ", "  "]))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1)
push(2)
push(3)
print(pop(), size(), pop(), pop(), size())
def defined_each_call():
    def f():
        pass
    return f
print(defined_each_call() is defined_each_call())
def conditional_def(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(conditional_def(True), conditional_def(False))
