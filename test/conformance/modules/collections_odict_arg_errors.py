from collections import OrderedDict
od = OrderedDict(a=1)
for f, a, k in ((od.move_to_end, (), {}), (od.move_to_end, ('a', 1, 2), {}), (od.move_to_end, ('a',), {'zz': 1}),
                (od.move_to_end, ('a',), {'key': 'a'}), (od.popitem, (1, 2), {}), (od.popitem, (), {'x': 1}),
                (od.move_to_end, (), {'last': 1})):
    try: f(*a, **k)
    except TypeError as e: print(e)
from collections import deque
d = deque([1])
for f, a in ((d.index, (1, 2, 3, 4)), (d.insert, (1, 2, 3)), (d.insert, (1,)), (d.rotate, (1, 2)), (d.index, ())):
    try: f(*a)
    except TypeError as e: print(e)
