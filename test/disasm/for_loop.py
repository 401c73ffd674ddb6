for i in range(10):
    if i == 3:
        continue
    if i == 5:
        break
    print(i)
else:
    print("done")
for k, v in d.items():
    pass
for x in [1, 2, 3]:
    pass
