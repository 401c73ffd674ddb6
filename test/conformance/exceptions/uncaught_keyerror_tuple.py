# uncaught KeyError shows the repr of its key (a tuple here)
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
print(grid[(1, 2)])
