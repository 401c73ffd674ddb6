# with statement: __enter__ result bound by `as`, __exit__ always called
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False
with Resource("first") as r:
    print("inside with, got", r)
with Resource("second"):
    print("inside with, no target")
def early():
    with Resource("third") as r:
        return "returned " + r
print(early())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            break
print("after loop")
