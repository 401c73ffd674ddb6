# %-formatting: plain %s/%d/%r (no width, precision or sign flag), flags without a width,
# and widths and precisions counted in code points when the text or the format string
# holds astral characters or lone surrogates.
e = '\U0001f600'
print('%s=%d;' % ('alpha', 5), '%s' % e, '%r' % e, '%a' % e)
print('[%5s]' % e, '[%-5s]' % (e + 'x'), '[%.1s]' % (e + 'y'), '[%3.2s]' % (e * 3))
print('[%+d] [% d] [%05d] [%#x] [%#o] [%-+4d] [%x]' % (7, 7, -7, 255, 8, 3, 255))
print(e + '%s' % 'z', ascii('%s' % ('\ud800' + 'q')), len('%4s' % '\ud800'), repr('%-3s|' % '\udfff'))
print(('\U0001f600%d\U0001f601%s' % (1, 'a')), len('%s%s' % (e, e)), '%c%c' % (128512, 'x'))
print('%(a)s-%(b)5s-%(a).1s' % {'a': e + 'b', 'b': 'c'})
try:
    print('%s %s' % ('only one',))
except TypeError as ex:
    print('TypeError', ex)
try:
    print('%d' % 'x')
except TypeError as ex:
    print('TypeError', ex)
print('%s' % [e], '%s' % (e,), '%%%s%%' % 'p', '%i|%u' % (3, 4), '%.3f|%5.1e|%g' % (1.5, 2.25, 0.1))
