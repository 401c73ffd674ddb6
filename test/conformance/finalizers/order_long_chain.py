# Exit order of a 300-node linked list built by prepending (each node refers to an older one,
# so all but the head move after the rest, in chain order) and of one built by appending
class N:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def __del__(self):
        if self.v % 50 == 0 or self.v < 3 or self.v > 296 or self.v > 1096: print("N", self.v)

head = None
for i in range(300):
    head = N(i, head)
first = N(1000)
cur = first
for i in range(1001, 1100):
    cur.nxt = N(i); cur = cur.nxt
del cur
print("end")
