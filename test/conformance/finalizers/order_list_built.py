# Exit order of lists' items: a list made before its items (comprehension, append) keeps them
# in the order they were made; items made before the list (a display, sorted(), a slice) come
# after everything else, last item first
class R:
    def __init__(self, i): self.i = i
    def __del__(self): print("res", self.i)

comp = [R(i) for i in range(3)]
app = []
for i in range(10, 13):
    app.append(R(i))
pool = [R(i) for i in range(20, 24)]
evens = [r for r in pool if r.i % 2 == 0]
odds = pool[1::2]
by_desc = sorted(pool, key=lambda r: -r.i)
grid = [[R(100 + 10 * r + c) for c in range(2)] for r in range(2)]
rows = [R(50), R(51)], [R(60)]
single = R(99)
print("end")
