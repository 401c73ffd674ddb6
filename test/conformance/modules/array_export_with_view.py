# array.array: resizes are a BufferError while a memoryview of it is in a with block
import array
a = array.array('i', [1, 2, 3])
with memoryview(a) as m:
    for name, f in [('append', lambda: a.append(1)), ('extend', lambda: a.extend([1])), ('extend-empty', lambda: a.extend([])),
                    ('pop', lambda: a.pop()), ('del', lambda: a.__delitem__(0)), ('del-step', lambda: a.__delitem__(slice(0, 3, 2))),
                    ('remove', lambda: a.remove(1)), ('remove-missing', lambda: a.remove(9)), ('insert', lambda: a.insert(0, 1)),
                    ('frombytes', lambda: a.frombytes(b'\0' * 4)), ('fromlist', lambda: a.fromlist([1])), ('iadd', lambda: a.__iadd__(array.array('i', [1]))),
                    ('imul', lambda: a.__imul__(2)), ('imul1', lambda: a.__imul__(1)), ('setslice', lambda: a.__setitem__(slice(0, 1), array.array('i', [5, 6]))),
                    ('setslice-same', lambda: a.__setitem__(slice(0, 1), array.array('i', [7]))),
                    ('byteswap', lambda: a.byteswap()), ('reverse', lambda: a.reverse()), ('setitem', lambda: a.__setitem__(1, 9))]:
        try:
            f()
            print(name, 'ok', a)
        except Exception as e:
            print(name, type(e).__name__, e)
    print(m.tolist())
a.append(4)
print(a)
