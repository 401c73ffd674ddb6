from collections import OrderedDict
def run(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
def add_during():
    od = OrderedDict(a=1, c=3); seen = []
    for k in od:
        seen.append(k); od['b'] = 2
    return seen
run('add', add_during)
def add_single():
    od = OrderedDict(a=1); seen = []
    for k in od:
        seen.append(k); od['b'] = 2
    return seen, list(od)
run('add1', add_single)
def add_single_more():
    od = OrderedDict(a=1); seen = []
    for k in od:
        seen.append(k); od['b'] = 2; od['c'] = 3
    return seen, list(od)
run('add1more', add_single_more)
def delete_during():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'a': del od['b']
    return seen
run('del', delete_during)
def delete_last():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'b': del od['c']
    return seen
run('dellast', delete_last)
def delete_self():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'a': del od['a']
    return seen
run('delself', delete_self)
def del_add():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'a': del od['b']; od['d'] = 4
    return seen
run('deladd', del_add)
def move():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'a': od.move_to_end('a')
        if len(seen) > 10: break
    return seen
run('move', move)
def move_last():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'a': od.move_to_end('b', last=False)
        if len(seen) > 10: break
    return seen
run('movefirst', move_last)
def update_val():
    od = OrderedDict(a=1, b=2); seen = []
    for k in od:
        seen.append(k); od[k] = 9
    return seen, list(od.items())
run('upd', update_val)
for view in ('keys', 'values', 'items'):
    def v(view=view):
        od = OrderedDict(a=1, c=3); seen = []
        for k in getattr(od, view)():
            seen.append(k); od['b'] = 2
        return seen
    run(view, v)
    def vd(view=view):
        od = OrderedDict(a=1, b=2, c=3); seen = []
        for k in getattr(od, view)():
            seen.append(k)
            if len(seen) == 1: del od['b']
        return seen
    run(view + 'del', vd)
def rev():
    od = OrderedDict(a=1, c=3); seen = []
    for k in reversed(od):
        seen.append(k); od['b'] = 2
    return seen
run('rev', rev)
def pop_during():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k)
        if k == 'a': od.popitem()
    return seen
run('popitem', pop_during)
def clear_during():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    for k in od:
        seen.append(k); od.clear()
    return seen
run('clear', clear_during)
def clear_refill():
    od = OrderedDict(a=1, b=2, c=3); seen = []
    it = iter(od); seen.append(next(it))
    od.clear(); od.update(x=1, y=2, z=3)
    for k in it: seen.append(k)
    return seen
run('clearrefill', clear_refill)
def next_after():
    od = OrderedDict(a=1, b=2); it = iter(od); next(it)
    od['c'] = 3
    try: next(it)
    except RuntimeError as e: print(' first', e)
    return list(it)
run('after', next_after)
def sub():
    class O(OrderedDict): pass
    od = O(a=1, c=3); seen = []
    for k in od:
        seen.append(k); od['b'] = 2
    return seen
run('sub', sub)
