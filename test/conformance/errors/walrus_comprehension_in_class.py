class C:
    values = [(w := v) for v in range(3)]
