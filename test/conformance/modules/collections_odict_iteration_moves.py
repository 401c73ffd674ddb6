# Which changes during an OrderedDict iteration end it: a move_to_end of the key already at
# that end changes nothing; dict.__setitem__(od, ...) only changes the size.
from collections import OrderedDict
def trial(label, f):
    od = OrderedDict.fromkeys('abcd')
    out = []
    try:
        for k in od:
            out.append(k)
            f(od, k)
    except Exception as e:
        out.append(f'{type(e).__name__}: {e}')
    print(label, out, list(od) if 'dict ' not in label else '')
trial('move last at end', lambda od, k: od.move_to_end('d'))
trial('move first at front', lambda od, k: od.move_to_end('a', last=False))
trial('move middle', lambda od, k: k == 'b' and od.move_to_end('c'))
trial('move to front', lambda od, k: k == 'b' and od.move_to_end('c', last=False))
trial('move self end', lambda od, k: k == 'd' and od.move_to_end('d'))
trial('dict setitem', lambda od, k: k == 'b' and dict.__setitem__(od, 'z', 1))
trial('od setitem', lambda od, k: k == 'b' and od.__setitem__('z', 1))
trial('value store', lambda od, k: od.__setitem__('a', k))
trial('setdefault present', lambda od, k: od.setdefault('a', 5))
trial('setdefault new', lambda od, k: k == 'c' and od.setdefault('y', 5))
trial('update present', lambda od, k: od.update(a=1))
trial('update new', lambda od, k: k == 'a' and od.update(q=1))
trial('pop', lambda od, k: k == 'a' and od.pop('c'))
trial('popitem', lambda od, k: k == 'a' and od.popitem())
trial('popitem0', lambda od, k: k == 'b' and od.popitem(False))
trial('clear', lambda od, k: k == 'b' and od.clear())
trial('dict update', lambda od, k: k == 'b' and dict.update(od, {'n': 1}))
trial('last add', lambda od, k: k == 'c' and od.__setitem__('w', 1))
def vals():
    od = OrderedDict.fromkeys('abc', 0)
    try:
        for v in od.values():
            od.move_to_end('c')
        print('values ok')
    except RuntimeError as e: print(e)
vals()
od = OrderedDict.fromkeys('abc')
it = iter(od.items()); print(next(it)); od.move_to_end('b'); 
try: print(next(it))
except RuntimeError as e: print(e)
