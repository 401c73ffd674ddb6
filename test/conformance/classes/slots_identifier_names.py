# __slots__ names must be identifiers: ASCII and non-ASCII ones are accepted, others refused.
class U:
    __slots__ = ('naïve', 'é', '_x', 'x1', 'Ωmega', 'ｆｕｌｌ')

u = U()
u.naïve = 1
u.é = 2
u._x = 3
print(sorted(k for k in U.__dict__ if not k.startswith('__')), u.naïve + u.é + u._x)

for bad in ('1a', 'a-b', '', 'a b', '٣x', 'x\u200b'):
    try:
        type('B', (), {'__slots__': (bad,)})
        print(repr(bad), 'accepted')
    except TypeError as e:
        print(repr(bad), 'TypeError', e)

try:
    type('B', (), {'__slots__': ('ok', 3)})
except TypeError as e:
    print('TypeError', e)
