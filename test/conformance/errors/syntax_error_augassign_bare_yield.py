# a bare yield as the target of an augmented assignment is plain invalid syntax, at the operator
def gen():
    yield x += 1
