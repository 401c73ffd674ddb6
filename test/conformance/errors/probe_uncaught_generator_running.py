# A generator sending to itself: ValueError generator already executing
def gen():
    g.send(None)
    yield
g = gen()
next(g)
