# __del__ runs as the last reference goes: del, rebinding, clear/pop, a function's locals, a loop variable, a temporary
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        Res.count += 1
        print('open', name)
    def __del__(self):
        Res.count -= 1
        print('close', self.name)

r1 = Res('a'); r2 = Res('b')
print(Res.count)
del r1
print(Res.count)
r2 = None
print(Res.count)
lst = [Res('x'), Res('y'), Res('z')]
print('built')
lst.clear()
print('cleared', Res.count)
lst = [Res('p'), Res('q')]
lst = []
print('reassigned')
d = {'k1': Res('d1'), 'k2': Res('d2')}
del d['k1']
print('del item')
d = None
print('dict gone')
def work():
    a = Res('local1')
    b = Res('local2')
    return 5
print(work())
print('after work')
for i in range(3):
    t = Res('loop%d' % i)
print('loop done')
Res('temp')
print('temp gone')
class Holder:
    def __init__(self):
        self.r = Res('held')
    def __del__(self):
        print('holder del')
h = Holder()
del h
print('holder gone')
keep = Res('kept')
print('end')
