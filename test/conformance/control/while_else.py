# while/else: else runs when the condition becomes false, not after break
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
i = 0
while i < 10:
    if i == 2:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
n = 0
while n > 0:
    print("never")
else:
    print("else on zero iterations")
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(search([5, 6, 7], 7), search([5, 6, 7], 8), search([], 1))
