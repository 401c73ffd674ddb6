# break inside try runs the finally block before leaving the loop
for i in range(5):
    try:
        print("try", i)
        if i == 2:
            break
    finally:
        print("finally", i)
print("after loop", i)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("cleanup", n)
print("n =", n)
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
            print("inner", i, j)
        finally:
            print("inner finally", i, j)
