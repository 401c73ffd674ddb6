# decimal: format() / f-strings with Decimal format specs.
from decimal import Decimal as D, localcontext, ROUND_DOWN

values = ['-1234.5678', '0.000001234', '1E+5', '-0', '0E-9', '2.5', '1234567.891', 'NaN', '-Infinity', '0.5', '99.995']
specs = ['', ',', '.2f', ',.2f', '.0f', 'f', 'F', 'e', 'E', '.2e', '.0e', 'g', 'G', '.3', '.3g', '.0g',
         '%', '.1%', '>12', '<12', '^12', '=12', '*^14.2f', '+', ' ', '+.3e', '012', '012,.1f', '08,',
         '010,', 'z.1f', 'n', '.3n', '-^15,.2f', '>+12.3e', '0<10']
for v in values:
    d = D(v)
    print(v, [format(d, s) for s in specs])
print(f'{D("1e-7")}', f'{D("1e-7"):f}', f'{D("1.5e7"):f}', f'{D("12345"):.2e}', f'{D("0.0005"):.0%}',
      f'{D("99.99"):.1f}', f'{D("2.5"):.0f}', f'{D("3.5"):.0f}', f'{D("0"):.3e}', f'{D("0E+3"):f}',
      f'{D("0E+3"):g}', f'{D("123.456"):10.2f}|', f'{D("-5"):05}')
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.999'), '.2f'), format(D('-2.999'), '.1e'))
for spec in ['_', '10_', '#', '#.0f', 'x', '.f', ',n', 'd']:
    try:
        print(spec, format(D('1.5'), spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
print('{:>10.3f}|{:<8}|{:^9,}'.format(D('3.14159'), D('2.5'), D('1234567')))
