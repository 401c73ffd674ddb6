# an uncaught exception inside nested generators (yield from) shows every generator frame
def numbers():
    yield 1
    yield 2
    raise KeyError("ran out")
def doubled():
    for n in numbers():
        yield n * 2
def wrapper():
    yield from doubled()
for v in wrapper():
    print(v)
