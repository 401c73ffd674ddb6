# int.to_bytes with length 0: only 0 fits, and -1 when signed (as CPython)
for v in (0, -1, 1, -2, 255):
    for signed in (False, True):
        try:
            print(v, signed, v.to_bytes(0, 'big', signed=signed))
        except OverflowError as e:
            print(v, signed, 'OverflowError', e)
print(int.from_bytes(b'', 'little', signed=True))
