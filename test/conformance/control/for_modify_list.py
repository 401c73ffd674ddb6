# a for loop over a list sees items appended during iteration
items = [1, 2, 3]
for x in items:
    if x < 6:
        items.append(x + 3)
    print(x, end=" ")
print()
print(items)
queue = [1]
for n in queue:
    if n < 20:
        queue.append(n * 2)
        queue.append(n * 3)
print(queue)
a = [1, 2, 3, 4, 5, 6]
for x in a[:]:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
