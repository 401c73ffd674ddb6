# an uncaught TypeError from an unsupported operation
def describe(item, count):
    return item + ": " + count
print(describe("apples", "3"))
try:
    describe("kiwis", None)
except TypeError as e:
    print("caught:", e)
print(describe("pears", str(3)))
print(describe("plums", 3))
print("not reached")
