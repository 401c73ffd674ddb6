# Another module's globals written through its attributes (mod.x = ...), its __dict__ and del, in hot loops.
import _mod_glob_target as m
import builtins

seen = 0
for i in range(1000):
    m.value = i
    seen += m.get_value() == i
print(seen)
m.__dict__["value"] = "dict"
print(m.get_value())
del m.value
try:
    m.get_value()
except NameError as e:
    print("NameError:", e)
m.value = 2
print(m.get_value())

# a builtin replaced and restored through the builtins module
for i in range(500):
    r = m.get_len("ab")
print(r)
orig = builtins.len
builtins.len = lambda s: 99
print(m.get_len("ab"))
m.len = lambda s: 7
print(m.get_len("ab"))
del m.len
print(m.get_len("ab"))
builtins.len = orig
print(m.get_len("ab"))
del builtins.len
try:
    m.get_len("ab")
except NameError as e:
    print("NameError:", e)
builtins.len = orig
print(m.get_len("abc"))
