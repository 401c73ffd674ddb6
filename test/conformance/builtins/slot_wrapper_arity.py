# A built-in type's dunder called from Python with the wrong number of arguments: "expected 0 arguments, got 2"
for obj in [[], {}, (), 1, 1.5, 'a', b'a', set(), frozenset(), None, True, range(1), 1j, object()]:
    for name in ['__repr__', '__str__', '__hash__', '__len__', '__iter__', '__bool__', '__neg__']:
        m = getattr(obj, name, None)
        if m is None:
            continue
        for args in [(1, 2), (1,)]:
            try:
                m(*args)
                print(type(obj).__name__, name, 'accepted')
            except TypeError as e:
                print(type(obj).__name__, name, e)
for obj, name, args in [([1], '__getitem__', ()), ([1], '__getitem__', (0, 1)), ({}, '__setitem__', (1,)), ([], '__contains__', ()),
                        (1, '__add__', ()), (1, '__add__', (1, 2)), ('a', '__eq__', ()), ([], '__iadd__', ([1], [2]))]:
    try:
        getattr(obj, name)(*args)
    except TypeError as e:
        print(type(obj).__name__, name, len(args), e)
print([1, 2].__getitem__(1), (1).__add__(2), {}.__len__(), 'ab'.__contains__('a'))
