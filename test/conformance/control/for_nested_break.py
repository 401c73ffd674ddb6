# break only leaves the innermost loop; flags and else to leave outer loops
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            print("negative at", r, c)
            break
    else:
        print("row", r, "ok")
        continue
    print("stopping after row", r)
    break
