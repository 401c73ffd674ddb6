# continue inside try/except/finally runs finally and moves to the next iteration
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        print("odd", i)
    finally:
        print("finally", i)
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        v = int(s)
    except ValueError:
        results.append("bad")
        continue
    finally:
        results.append("f")
    results.append(v)
print(results)
i = 0
while i < 3:
    i += 1
    try:
        continue
    finally:
        print("while finally", i)
