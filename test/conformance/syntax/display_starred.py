# starred and double-starred items in list/tuple/set/dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 9, *b, *"xy"])
print((*a, *b), (*a,), (*range(3), 5))
print(sorted({*a, *b, 2}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print({**{}}, [*[]], (*(),))
print([*range(2), *{1: 2, 3: 4}])
def gen():
    yield 1
    yield 2
print([*gen(), *gen()])
nested = [[*a, *b] for _ in range(2)]
print(nested)
print(len([*"hello"]))
