# bytearray[i] = v converts the value before it checks the index
x = bytearray(b'ab')
for v, k in [(300, 5), ('a', 0), (300, 0), (-1, 0), (1.5, 9), (b'a', 10), (7, 10), (7, -3)]:
    try:
        x[k] = v
        print(x)
    except Exception as e:
        print(type(e).__name__, e)
x[-1] = 65
del x[0]
print(x)
