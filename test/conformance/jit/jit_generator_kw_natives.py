# A compiled generator body calling natives with keywords: the callable and arguments are the generator's own, whatever the value stack below holds
def gen(n):
    for i in range(n):
        yield int(str(i), base=10) + len(sorted([3, 1, 2], key=None, reverse=True))

def genex(n, args, kwargs):
    for i in range(n):
        yield max(*args, **kwargs) + i

def main():
    a = print; b = print; c = print; d = print; e = print
    t = 0
    for v in gen(2000):
        t += v
    print(t)
    t = 0
    for v in genex(2000, (3, 1, 2), {'key': lambda x: -x}):
        t += v
    print(t)
main()
