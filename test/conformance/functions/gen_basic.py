# generator functions: yield, next(), exhaustion and StopIteration
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(g)
except StopIteration:
    print("StopIteration again")
print(list(count_up(4)))
def letters():
    yield "a"
    yield "b"
    return
    yield "never"
print(list(letters()), sum(count_up(5)))
print(type(letters()).__name__)
for x in count_up(2):
    print("got", x)
