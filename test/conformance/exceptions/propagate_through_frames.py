# an exception propagates through several frames, leaving each one, until a handler catches it
depth_log = []
def parse(s):
    depth_log.append("parse")
    return int(s)
def load(items):
    depth_log.append("load")
    return [parse(s) for s in items]
def process(items):
    depth_log.append("process")
    try:
        values = load(items)
    except KeyError:
        print("never: wrong handler")
    return sum(values)
def main(items):
    try:
        return process(items)
    except ValueError as e:
        print("main caught:", e)
        return -1
print(main(["1", "2"]))
print(depth_log)
depth_log.clear()
print(main(["1", "two", "3"]))
print(depth_log)
def chain(n):
    if n == 0:
        raise LookupError("bottom reached")
    try:
        chain(n - 1)
    finally:
        print("unwinding", n)
try:
    chain(3)
except LookupError as e:
    print("top:", e)
