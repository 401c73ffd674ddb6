# int(text) for short decimal texts (the quick path) and for the texts next to it that take the general one.
for s in ['5', '-5', '+5', '-0', '+0', '0005', '-', '+', '', '999999999999999', '-999999999999999', '9999999999999999', '1_0', ' 7', '7 ', '٣', '00', '-00', '123456789012345678']:
    try:
        v = int(s)
        print(repr(s), v, type(v).__name__)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
