# setlocale(LC_ALL) answers a composite name when the categories differ; that name sets them back.
import locale
locale.setlocale(locale.LC_ALL, 'C')
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
saved = locale.setlocale(locale.LC_ALL)
print(saved)
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, saved) == saved, locale.setlocale(locale.LC_CTYPE), locale.getlocale())
for bad in ['LC_CTYPE=xx_YY;LC_NUMERIC=C', 'LC_BOGUS=C', 'LC_CTYPE']:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(repr(bad), e)
locale.setlocale(locale.LC_ALL, 'C')
