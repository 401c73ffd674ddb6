# A mistyped comparison in an if condition: CPython suggests == or := and underlines the assignment
scores = [70, 85, 92]
for s in scores:
    if s = 85:
        print("found")
