# subscripts with tuple keys and multiple index expressions
d = {}
d[1, 2] = "a"
d[(3, 4)] = "b"
d[5,] = "c"
print(d)
print(d[1, 2], d[3, 4], d[(5,)])
grid = {(x, y): x * 10 + y for x in range(2) for y in range(3)}
print(grid[1, 2], grid[0, 0])
print(sorted(grid))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1, 2], r[1:2], r[1:2, 3], r[::2], r[:, 1])
print(r["a", "b", "c"], r[()], r[(1,)])
