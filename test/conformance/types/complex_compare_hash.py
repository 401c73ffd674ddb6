# complex equality with numbers, unordered comparisons, hash agreeing with int and float, as dict and set keys
print(1j == 1j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j != 1, 1j == 'a', 1j != None, 0j == False, 1 + 0j == True)
print(2 ** 53 + 1 == complex(2 ** 53 + 1, 0), complex(2 ** 53, 0) == 2 ** 53 + 1, complex(float('nan')) == complex(float('nan')))
print((1j).__eq__(1j), (1j).__eq__('x'), (1j).__lt__(2j), (1j).__ne__(1.0))
for f in [lambda: 1j < 1j, lambda: 1j <= 2, lambda: 1 > 1j, lambda: 1j >= 1.0, lambda: max(1j, 2j),
          lambda: sorted([2j, 1j]), lambda: min([1, 1j])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(-1 + 0j), hash(complex(2 ** 61, 0)) == hash(2 ** 61))
for z in [1j, 2j, 1 + 2j, -1 - 1j, complex(0.1, 0.2), complex(2 ** 61, 3), complex(-1.5, -2.5), complex(1e300, 1e-300),
          complex(float('inf'), -float('inf')), -1j, complex(-1, 0)]:
    print(z, hash(z))
d = {1: 'int', 1.5: 'float', 2j: 'complex'}
print(d[1 + 0j], d[1.5 + 0j], d[2j], d.get(3j), 1 + 0j in d, 0.0 + 2j in d)
d[1 + 0j] = 'replaced'
d[complex(0, 2)] = 'again'
print(d, {1j: 1, 1j + 0: 2})
print({1, 1 + 0j, 1.0, True}, {1j, 2j, 1j}, len({0j, 0, 0.0, False, -0j}), {1j, 2j, 3j, 4 + 5j, -1j})
print(sorted({3j: 1, 1: 2}.items(), key=lambda kv: abs(kv[0])), [1j, 2j].index(2j), 1j in [0, 1j], (1 + 0j) in {1: 0})
for z in {3j, 1j, 2j, 1.5 + 0.5j}:
    print(z)
