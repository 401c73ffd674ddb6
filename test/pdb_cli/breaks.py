import math

class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.hypot(self.x, self.y)


def total(items, *rest, scale=1, **opts):
    s = 0
    for k, v in enumerate(items):
        s += v * scale
    # a comment
    return s


def main():
    pts = [Point(i, i + 1) for i in range(3)]
    t = total([1, 2, 3], 4, scale=2, flag=True)
    names = {'a': list(range(30)), 'b': 'x' * 10}
    for p in pts:
        print(round(p.norm(), 3))
    print(t, len(names))
    return t

if __name__ == '__main__':
    main()
