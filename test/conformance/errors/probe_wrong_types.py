# Operations on wrong types: bad indexes and keys, unhashables, non-iterables, unpacking, containment, ordering
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
def unpack2(x):
    a, b = x
def unpack_star(x):
    a, *b, c = x
def forit(x):
    for i in x: pass
t(lambda: [1][1.5])
t(lambda: [1]['a'])
t(lambda: [1][None])
t(lambda: (1,)['a'])
t(lambda: 'ab'['a'])
t(lambda: 'ab'[1.5])
t(lambda: b'ab'['a'])
t(lambda: range(3)['a'])
t(lambda: [1]['a':])
t(lambda: [1][1.5:2])
t(lambda: 'a'[:'b'])
t(lambda: [1][::0])
t(lambda: 'a'[::0])
t(lambda: 1[0])
t(lambda: None[0])
t(lambda: A()[0])
t(lambda: len)
t(lambda: len[0])
t(lambda: {1}[0])
t(lambda: {}[[]])
t(lambda: {[]: 1})
t(lambda: {{}})
t(lambda: {1: 2}[{}])
t(lambda: set([[1]]))
t(lambda: hash(set()))
t(lambda: [1][5])
t(lambda: (1,)[5])
t(lambda: 'a'[5])
t(lambda: b'a'[5])
t(lambda: range(1)[5])
t(lambda: bytearray(b'a')[5])
def setl(): x = [1]; x[5] = 1
def dell(): x = [1]; del x[5]
def sets(): x = 'a'; x[0] = 'b'
def sett(): x = (1,); x[0] = 2
def delt(): x = (1,); del x[0]
def setn(): x = None; x[0] = 2
def deln(): x = 1; del x[0]
def setslice(): x = [1, 2]; x[::2] = [1, 2, 3]
def setslice2(): x = [1, 2]; x[0:1] = 5
t(setl); t(dell); t(sets); t(sett); t(delt); t(setn); t(deln); t(setslice); t(setslice2)
t(lambda: forit(1))
t(lambda: forit(None))
t(lambda: forit(A()))
t(lambda: forit(len))
t(lambda: unpack2(1))
t(lambda: unpack2([1]))
t(lambda: unpack2([1, 2, 3]))
t(lambda: unpack2('abc'))
t(lambda: unpack2(x for x in range(5)))
t(lambda: unpack2({1: 2, 3: 4, 5: 6}))
t(lambda: unpack2([]))
t(lambda: unpack_star([1]))
t(lambda: unpack_star(1))
t(lambda: unpack_star(()))
def u3(): a, b, c = 1, 2
def u4(): a, b = 1, 2, 3
def u5(): [a, b] = [1]
def u6(): (a, (b, c)) = (1, (2, 3, 4))
t(u3); t(u4); t(u5); t(u6)
t(lambda: [*1])
t(lambda: (*None,))
t(lambda: {**1})
t(lambda: {**[1]})
t(lambda: {*1})
t(lambda: print(*1))
t(lambda: print(**None))
t(lambda: dict(**{1: 2}))
t(lambda: 1 in 1)
t(lambda: 'a' in [1] or 1 in 'a')
t(lambda: [] in 'a')
t(lambda: None in A())
t(lambda: 1 in {[]: 1})
t(lambda: [] in {1})
t(lambda: [] in {1: 2})
t(lambda: [] in frozenset())
t(lambda: {}.fromkeys([[]]))
t(lambda: 1 < 'a')
t(lambda: [1] < (1,))
t(lambda: A() < A())
t(lambda: None > None)
t(lambda: {} <= {})
t(lambda: 1j < 1j)
t(lambda: [1, 'a'] < [1, 2])
t(lambda: sorted([A(), A()]))
t(lambda: max(1, 'a'))
t(lambda: min(None, 1))
t(lambda: [3, 1, None].sort())
