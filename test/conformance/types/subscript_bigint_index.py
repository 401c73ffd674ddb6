# Subscripts with an int too large for an index: IndexError "cannot fit", for every built-in sequence.
for o in ([], (), '', b'', bytearray(), range(3)):
    for k in (2 ** 70, -(2 ** 70)):
        try:
            o[k]
        except Exception as e:
            print(type(o).__name__, type(e).__name__, e)
for o in ([], bytearray()):
    try:
        o[2 ** 70] = 1
    except Exception as e:
        print(type(o).__name__, 'set', type(e).__name__, e)
    try:
        del o[2 ** 70]
    except Exception as e:
        print(type(o).__name__, 'del', type(e).__name__, e)
