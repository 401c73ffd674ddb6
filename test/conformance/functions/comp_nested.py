# nested comprehensions: matrices, flattening, cartesian products
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
m = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[c] for row in m] for c in range(len(m[0]))]
print(transposed)
flat = [x for row in m for x in row]
print(flat)
print([(a, b) for a in "xy" for b in (1, 2)])
triangle = [[j for j in range(i + 1)] for i in range(5)]
print(triangle)
pascal = [[1]]
for _ in range(5):
    last = pascal[-1]
    pascal.append([1] + [last[k] + last[k + 1] for k in range(len(last) - 1)] + [1])
print(pascal[-1])
print(sum(sum(row) for row in m))
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
