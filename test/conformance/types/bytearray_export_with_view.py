# A bytearray with a `with memoryview(b)` view refuses resizes (BufferError) until the view is released
def t(b, name, f):
    try:
        f()
        print(name, 'ok', b)
    except Exception as e:
        print(name, type(e).__name__, e)

b = bytearray(b'abcdef')
with memoryview(b) as m:
    t(b, 'append', lambda: b.append(1))
    t(b, 'extend', lambda: b.extend(b'x'))
    t(b, 'extend-iter', lambda: b.extend([1, 2]))
    t(b, 'extend-empty', lambda: b.extend([]))
    t(b, 'clear', lambda: b.clear())
    t(b, 'delslice', lambda: b.__delitem__(slice(0, 1)))
    t(b, 'delslice-mid', lambda: b.__delitem__(slice(2, 4)))
    t(b, 'delslice-step', lambda: b.__delitem__(slice(0, 4, 2)))
    t(b, 'delslice-empty', lambda: b.__delitem__(slice(3, 3)))
    t(b, 'delitem', lambda: b.__delitem__(0))
    t(b, 'delitem-oob', lambda: b.__delitem__(10))
    t(b, 'iadd', lambda: b.__iadd__(b'z'))
    t(b, 'iadd-empty', lambda: b.__iadd__(b''))
    t(b, 'pop', lambda: b.pop())
    t(b, 'pop-oob', lambda: b.pop(10))
    t(b, 'insert', lambda: b.insert(0, 1))
    t(b, 'insert-bad', lambda: b.insert(0, 300))
    t(b, 'remove', lambda: b.remove(97))
    t(b, 'remove-missing', lambda: b.remove(1))
    t(b, 'setslice-grow', lambda: b.__setitem__(slice(0, 1), b'xy'))
    t(b, 'setslice-end', lambda: b.__setitem__(slice(5, 6), b'xy'))
    t(b, 'setslice-same', lambda: b.__setitem__(slice(0, 1), b'q'))
    t(b, 'setslice-step', lambda: b.__setitem__(slice(0, 6, 2), b'QRS'))
    t(b, 'setitem', lambda: b.__setitem__(1, 66))
    t(b, 'imul', lambda: b.__imul__(2))
    t(b, 'imul1', lambda: b.__imul__(1))
    t(b, 'init', lambda: b.__init__(b'123456'))
    print(m[1:3].tobytes(), m.tobytes())
def aug():
    global b
    b += b'!'
with memoryview(b) as m:
    t(b, 'augassign', aug)
t(b, 'after-with', lambda: b.append(51))
m = memoryview(b)
m.__enter__()
t(b, 'entered', lambda: b.append(52))
m.release()
t(b, 'released', lambda: b.append(53))
m.release()
print(b)
with memoryview(b) as m1:
    with memoryview(b) as m2:
        pass
    t(b, 'one-left', lambda: b.append(54))
t(b, 'none-left', lambda: b.append(55))
try:
    with memoryview(b) as m:
        b.append(1)
except BufferError as e:
    print('BufferError', e)
t(b, 'after-raise', lambda: b.append(56))
e = bytearray()
with memoryview(e):
    t(e, 'clear-empty', lambda: e.clear())
r = memoryview(b)
r.release()
try:
    with r:
        pass
except ValueError as ex:
    print('ValueError', ex)
t(b, 'after-released-enter', lambda: b.append(57))
