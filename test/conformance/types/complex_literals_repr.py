# complex: imaginary literals, folded constants and repr/str of every sign and special value
print(1j, 2J, 1.5e3J, 0j, 1_0j, .5j, 1.j, 1e-3j)
print(1 + 2j, 1 - 2j, -1j, -0j, -(0j), +1j, 2j * 2, 2j ** 2)
print(complex(-0.0, -1), complex(0.0, -1), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0))
inf = float('inf')
nan = float('nan')
print(complex(nan, inf), complex(inf, nan), complex(-inf, -inf), complex(0, nan), complex(1, -nan))
print(complex(1e16, 1), complex(1e-5, 1e22), complex(123456789.123, -0.000012345), complex(1.5, 2.25))
print(repr(3+4j), str(3+4j), ascii(-5j), [1j, (1+1j, -2-2j)], {'k': 0.5j})
print(type(1j).__name__, type(1j) is complex, isinstance(1j, complex), isinstance(1, complex))
print(issubclass(complex, object), complex.__name__, complex.__mro__)
z = 1.25 - 7.5j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (4j).conjugate(), (-0j).conjugate())
print((2+3j).__getnewargs__(), (1j).real, (1j).imag)
print(bool(0j), bool(1j), bool(1+0j), bool(complex(0.0, -0.0)), bool(complex(nan, 0)))
print(f'{1j}', f'{2 - 1j!r:>12}', '%s|%r' % (1j, 1 + 1j), '{}'.format(-3j))
x = 5
print(x + 1j, x * 1j, 1j * x, x - 1j)
