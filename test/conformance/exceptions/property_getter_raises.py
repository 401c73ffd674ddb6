# exceptions raised by property getters and setters; getattr/hasattr only swallow AttributeError
class Temp:
    def __init__(self):
        self._c = 20
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def broken(self):
        return 1 / 0
    @property
    def missing(self):
        return self.nothing_here
    @property
    def readonly(self):
        return "ro"
t = Temp()
t.celsius = 5
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("setter:", e, "| still", t.celsius)
try:
    t.broken
except ZeroDivisionError as e:
    print("getter:", e)
print("getattr default:", getattr(t, "missing", "default"))
print("hasattr missing:", hasattr(t, "missing"))
try:
    hasattr(t, "broken")
except ZeroDivisionError as e:
    print("hasattr propagates:", e)
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.readonly = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.readonly
except AttributeError as e:
    print("AttributeError:", e)
