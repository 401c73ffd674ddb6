# bytearray[i] = v checks the index against the length after v's __index__ ran (it may resize).
class Boom:
    def __index__(self):
        b.clear()
        return 0


b = bytearray(b'Now you see me...')
try:
    b[0] = Boom()
except IndexError as e:
    print('IndexError', e)
print(b)
