# if / elif / else chains pick exactly one branch
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 7
if x > 5:
    print("gt5")
if x > 6:
    print("gt6")
elif x > 2:
    print("never printed")
if x > 100:
    print("no")
else:
    print("else branch")
if x:
    if x % 2:
        print("odd")
    else:
        print("even")
if not x:
    print("no")
elif x == 7:
    print("seven")
