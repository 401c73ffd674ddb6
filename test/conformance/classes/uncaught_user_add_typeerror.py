# uncaught TypeError from a user __add__ meeting an int, with caret lines
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __repr__(self): return f'V({self.x})'
def combine(items):
    total = V(0)
    for it in items:
        total = total + it
    return total
print(combine([V(1), V(2)]))
print(combine([V(1), 3]))
