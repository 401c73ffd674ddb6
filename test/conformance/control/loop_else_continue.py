# loop else clauses run even when the last iteration used continue
for i in range(3):
    if i == 2:
        continue
    print("body", i)
else:
    print("else (for)")
i = 0
while i < 3:
    i += 1
    if i > 1:
        continue
    print("body", i)
else:
    print("else (while)")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
    else:
        print("inner else", i)
    if i == 1:
        break
else:
    print("outer else (not printed)")
