# starred assignment targets: first, middle, last, empty star
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
[x, *y] = (9,)
print(x, y)
head, *tail = "hello"
print(head, tail)
first, (second, *rest), last = 1, (2, 3, 4), 5
print(first, second, rest, last)
*init, (p, q) = [1, 2, (3, 4)]
print(init, p, q)
a, *b = {"k": 1, "j": 2}
print(a, b, type(b).__name__)
t = (1, 2, 3)
*front, = t
print(front, type(front).__name__)
