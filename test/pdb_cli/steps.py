def gen(n):
    for i in range(n):
        yield i * i

def risky(x):
    if x > 1:
        raise ValueError("too big: %d" % x)
    return x

def main():
    total = 0
    for v in gen(3):
        total += v
    try:
        risky(5)
    except ValueError as e:
        print("caught", e)
    return total

main()
