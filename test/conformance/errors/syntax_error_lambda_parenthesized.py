# Python 2's tuple parameter in a lambda: the whole group is underlined
pairs = [(1, 2), (3, 4)]
total = sum(map(lambda (a, b): a * b, pairs))
