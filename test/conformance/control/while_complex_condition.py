# while conditions combining and/or with function calls and mutation
data = [5, 3, 8, 0, 2, 9]
i = 0
while i < len(data) and data[i] != 0:
    print("value", data[i])
    i += 1
print("stopped at index", i)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
print("empty", stack)
a, b = 0, 1
fibs = []
while len(fibs) < 12:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
s = "   padded"
k = 0
while k < len(s) and s[k] == " ":
    k += 1
print(k, s[k:])
n = 1
while n < 1000 or n % 7 != 0:
    n += 3
print(n)
