# global declarations let functions rebind module-level names
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def create():
    global created
    created = "made in function"
create()
print(created)
value = "module"
def shadow():
    value = "local"
    return value
print(shadow(), value)
def read_only():
    return value.upper()
print(read_only())
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def reset():
    global counter
    del counter
reset()
print("counter" in globals())
