# break or continue in finally discards a pending exception
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print("finally", i)
        break
print("after break loop")
results = []
for i in range(3):
    try:
        if i % 2 == 0:
            raise KeyError(i)
        results.append(i)
    finally:
        continue
print("continue swallowed:", results)
def f():
    for i in range(5):
        try:
            try:
                raise IndexError("deep")
            finally:
                print("inner finally", i)
        finally:
            if i == 1:
                break
            continue
    return "returned normally at " + str(i)
print(f())
k = 0
while k < 3:
    k += 1
    try:
        1 / 0
    finally:
        continue
print("while done", k)
