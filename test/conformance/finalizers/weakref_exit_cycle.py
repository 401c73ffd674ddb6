# At exit the main module's dict is on a cycle (a lambda refers to it): the collector finds
# the reference with its object, and a reference found with its object gets no callback.
import weakref
class A: pass
a = A()
r = weakref.ref(a, lambda r: print("a callback at exit"))
b = A()
r0 = None
print("end")
