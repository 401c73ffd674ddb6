# io.StringIO, io.BytesIO and io.TextIOWrapper keep their state out of the instance's __dict__
# (C objects): __dict__ and vars() show only the program's own attributes.
import io

s = io.StringIO('ab')
b = io.BytesIO(b'ab')
t = io.TextIOWrapper(io.BytesIO(b'x\ny\n'), encoding='utf-8')
print(s.__dict__, b.__dict__, t.__dict__, vars(s))
s.foo = 1
b.bar = 2
t.baz = 3
print(s.__dict__, b.__dict__, t.__dict__)
print(s.read(), b.read(), t.readline(), t.buffer.getvalue())
s.close()
b.close()
print(s.closed, b.closed, s.__dict__, b.__dict__)
raw = t.detach()
print(type(raw).__name__, raw.getvalue(), t.__dict__)
for op in [lambda: t.read(), lambda: t.buffer, lambda: repr(t), lambda: t.closed, lambda: t.encoding]:
    try:
        print(op())
    except ValueError as e:
        print('ValueError', e)


class S(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.extra = len(text)


x = S('q')
x.z = 1
print(x.__dict__, x.read())
w = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', newline='\r\n')
w.write('a\nb\xe9\n')
w.flush()
print(w.buffer.getvalue(), w.__dict__)
w.close()
for op in [lambda: w.write('x'), lambda: w.closed, lambda: w.buffer.closed]:
    try:
        print(op())
    except ValueError as e:
        print('ValueError', e)
