# match: complex literal patterns (real +/- imaginary), imaginary literals, and complex in class and mapping patterns
def f(z):
    match z:
        case 1 + 2j: return 'one plus two j'
        case -1 - 2j: return 'minus one minus two j'
        case 2j: return 'two j'
        case -3j: return 'minus three j'
        case 0: return 'zero'
        case {1.5 - 0.5j: v}: return ('map', v)
        case complex(real=r, imag=i) if r > 5: return ('class', r, i)
        case complex(): return 'another complex'
        case _: return 'no match'
for z in [1 + 2j, -1 - 2j, 2j, -3j, 0j, -0j, {1.5 - 0.5j: 9}, 6 + 1j, 1 + 1j, 5, 2.0j, complex(1, 2)]:
    print(z, f(z))
