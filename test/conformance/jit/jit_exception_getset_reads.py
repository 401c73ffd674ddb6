# Compiled attribute reads of exceptions' native getset descriptors (e.args, __traceback__,
# __context__) in a hot loop: classes changing under the site, a subclass's own property
# named args, a class attribute shadowed by none, args assigned, and instance dicts.
class MyError(Exception):
    pass

class Shadow(Exception):
    @property
    def args(self):
        return ('shadowed',)

class WithGetattr(Exception):
    def __getattr__(self, name):
        return 'getattr ' + name

def read_args(kinds, n):
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        try:
            raise kind(i, 'x')
        except Exception as e:
            out.append((type(e).__name__, e.args[0] if e.args else None, e.__context__, e.__traceback__ is not None))
    return out[-len(kinds):]

print(read_args([KeyError, ValueError], 400))
print(read_args([KeyError, MyError, Shadow, WithGetattr], 400))

def assigned(n):
    t = 0
    for i in range(n):
        try:
            raise IndexError(i)
        except IndexError as e:
            e.args = (i * 2,)
            e.note = i
            t += e.args[0] + e.note
    return t

print(assigned(500))

def mutate_class(n):
    out = []
    for i in range(n):
        if i == n // 2:
            MyError.args = property(lambda self: ('late',))
        try:
            raise MyError(i)
        except MyError as e:
            out.append(e.args[0])
    return out[0], out[n // 2 - 1], out[n // 2], out[-1]

print(mutate_class(400))

def os_errors(n):
    t = []
    for i in range(n):
        try:
            raise OSError(2, 'No such file', 'f%d' % i)
        except OSError as e:
            t.append((e.errno, e.strerror, e.filename, e.args))
    return t[-1]

print(os_errors(300))
