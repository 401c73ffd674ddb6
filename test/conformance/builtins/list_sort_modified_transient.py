import functools
L=list(range(50))
try:
    L.sort(key=functools.cmp_to_key(lambda x,y:(L.append(3),L.pop(),(x>y)-(x<y))[2]))
except ValueError as e: print(e)
print(len(L), L[:5])
L=[3,1,2]
try:
    L.sort(key=lambda x: (L.extend([1,2]), L.clear(), x)[2])
except ValueError as e: print(e)
print(L)
L=[3,1,2]
try:
    L.sort(key=lambda x: (L.insert(0, 9), L.remove(9), x)[2])
except ValueError as e: print(e)
print(L)
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        M.append(1); M.pop(); return s.v < o.v
    def __repr__(s): return f'K({s.v})'
M=[K(3),K(1),K(2)]
try: M.sort()
except ValueError as e: print(e)
print(M)
L=[3]
try: L.sort(key=lambda x: (L.append(1), L.pop(), x)[2])
except ValueError as e: print(e)
print(L)
L=[2,1]
def k(x):
    print(len(L), L)
    try: L.pop()
    except IndexError as e: print(e)
    return x
L.sort(key=k); print(L)
print(sorted([5,3,1]), sorted(['b','a'], reverse=True))
