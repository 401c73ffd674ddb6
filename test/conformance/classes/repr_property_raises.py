# a __repr__ that is a property whose getter raises falls back to the bare <Name object at ...> (slot_tp_repr); __str__ does not
def booh(self): raise AttributeError("booh")
class J:
    __repr__ = property(booh)
print(repr(J()).split(" at ")[0], str(J()).split(" at ")[0], f"{[J()]}".split(" at ")[0])
class Q:
    __repr__ = property(lambda self: (lambda: "via property"))
print(repr(Q()))
class S:
    __str__ = property(booh)
try: str(S())
except AttributeError as e: print("str", e)
