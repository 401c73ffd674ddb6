# break and continue leaving a try block run its finally
for i in range(4):
    try:
        if i == 1:
            print("continue at", i)
            continue
        if i == 3:
            print("break at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("never: loop broke")
n = 0
while True:
    n += 1
    try:
        try:
            if n < 3:
                continue
            break
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("n =", n)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 1:
            continue
        print("handled", e)
    finally:
        print("finally after handler", i)
