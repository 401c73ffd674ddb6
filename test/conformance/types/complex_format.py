# format(complex, spec) and f-strings: presentation types, sign, width, grouping, and the refused specs
vals = [1 + 2j, -1.5 - 2.25j, 1j, -1j, complex(-0.0, 1), complex(0, -0.0), 0j, complex(1e20, 1e-7),
        complex(float('inf'), float('nan')), 12345.678 + 98765.4321j]
specs = ['', '.2f', 'g', '>20', '<20', '^21', '*^21', '+', ' ', '+.3e', 'E', 'F', 'G', 'n', '.0f', '#.0f', '#g',
         ',', ',.2f', '_.3f', '.3', '10.3', 'z.1f', '=>25.2f', '.17g']
for v in vals:
    print(v, [format(v, s) for s in specs])
for s in ['%', 'c', 'd', 'x', 's', '=10', '010', '0>10', '=^10', 'ff', '.', ',_']:
    try:
        print(repr(s), format(1 + 2j, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
z = 3.14159 - 2.71828j
print(f'{z:.2f}|{z:>20}|{z:<+12.1f}|{z!s:^20}|{z:g}|{z:e}')
print('{:.1f} {:>9}'.format(1j, -1j), '%s' % (z,))
for f in ['%f', '%d', '%x', '%e', '%g']:
    try:
        print(f % 1j)
    except TypeError as e:
        print(type(e).__name__, e)
