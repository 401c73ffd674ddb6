# a compound statement header without its colon
print("never printed")
def helper(x):
    return x * 2
if helper(2) > 3:
    print("big")
else:
    print("small")
class Widget
    def __init__(self):
        self.size = 1
