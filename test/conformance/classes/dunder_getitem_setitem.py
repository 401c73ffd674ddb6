# __getitem__, __setitem__ and __delitem__ with int keys, str keys and slices
class Store:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
s = Store()
s["a"] = 1
s[2] = "two"
s["a"] += 10
print(s["a"], s[2])
del s[2]
print(s.data)
print(s.log)
try:
    s["missing"]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return i * 2
q = Seq()
print(q[5], q[1:3], q[::-1], q[-1])
