# a block header not followed by an indented block
print("never printed")
def fine():
    return 1
class Holder:
    value = 2
    def get(self):
        return self.value
total = fine() + Holder().get()
print(total)
for i in range(3):
print(i)
