# break and continue in for loops over different iterables
out = []
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 10:
        break
    out.append(i)
print(out)
words = ["alpha", "", "beta", "stop", "gamma"]
for w in words:
    if not w:
        print("skip empty")
        continue
    if w == "stop":
        print("stop seen")
        break
    print("word", w)
total = 0
for ch in "a1b2c3d":
    if not ch.isdigit():
        continue
    total += int(ch)
print(total)
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    if d[k] == 2:
        continue
    print(k, d[k])
