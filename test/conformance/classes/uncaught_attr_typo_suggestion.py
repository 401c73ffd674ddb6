# misspelt instance attribute: Did you mean in the traceback
class Stack:
    def __init__(self): self.items = []
    def pop(self): return self.items.pop()
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
s = Stack()
print(len(s))
print(s[0] if s else 'empty')
s.itmes.append(1)
