# try/except inside loops: continue and break from handlers, else per iteration
results = []
for s in ["1", "x", "3", "stop", "5"]:
    try:
        if s == "stop":
            raise StopIteration
        n = int(s)
    except ValueError:
        results.append("bad")
        continue
    except StopIteration:
        results.append("stopped")
        break
    else:
        results.append(n * 10)
    finally:
        results.append("f")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry %d" % attempts)
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("failed:", e)
total = 0
for i in range(5):
    try:
        total += 10 // (i - 2)
    except ZeroDivisionError:
        total += 100
print("total", total)
