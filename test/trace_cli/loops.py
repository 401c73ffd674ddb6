# A module that opens with a loop after a comment: the comment line is not executable.
for i in range(2):
    if i > 5:
        print('never')
else:
    pass

n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
    finally:
        n += 0
squares = [k * k for k in range(4) if k % 2]
with open(__file__) as f:
    first = f.readline()
print(n, squares, first.startswith('#'))
try:
    1 / 0
except ZeroDivisionError:
    print('caught')
except Exception:
    print('not this')
