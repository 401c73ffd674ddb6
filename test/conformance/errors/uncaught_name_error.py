# an uncaught NameError prints a traceback to stderr and exits with status 1
def greet(name):
    return "hello " + name
print(greet("world"))
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print("total", total)
print(undefined_variable)
print("not reached")
