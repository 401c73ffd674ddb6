# super() over descriptors of every kind, and what super objects refuse
class Base:
    cls_attr = 'base attr'
    @property
    def prop(self): return ('Base.prop', type(self).__name__)
    @staticmethod
    def st(x): return ('Base.st', x)
    @classmethod
    def cm(cls): return ('Base.cm', cls.__name__)
    def __getitem__(self, k): return ('Base.getitem', k)
    def __len__(self): return 7
class D:
    def __get__(self, obj, owner): return ('D.get', obj is None, owner.__name__)
    def __set__(self, obj, v): print('D.set', v)
Base.d = D()
class Child(Base):
    cls_attr = 'child attr'
    @property
    def prop(self): return ('Child>', super().prop)
    def run(self):
        s = super()
        out = [s.cls_attr, s.st(1), s.cm(), s.d, s.__getitem__(3), s.__len__()]
        try: s.prop = 5
        except AttributeError as e: out.append('AttributeError: ' + str(e))
        try: s[0]
        except TypeError as e: out.append('TypeError: ' + str(e))
        try: len(s)
        except TypeError as e: out.append('TypeError: ' + str(e))
        try: del s.cls_attr
        except AttributeError as e: out.append('AttributeError: ' + str(e))
        try: s.missing
        except AttributeError as e: out.append('AttributeError: ' + str(e))
        return out
    @classmethod
    def crun(cls):
        s = super()
        return [s.cls_attr, s.cm(), s.d, s.st(2), type(s.prop).__name__]
for x in Child().run(): print(x)
print(Child().prop)
for x in Child.crun(): print(x)
print(super(Child, Child()).__class__.__name__, super(Child, Child).cls_attr)
class WithSetName(Base):
    def __init__(self): super().__init__(); self.v = 1
    def __setattr__(self, n, v): print('setattr', n); super().__setattr__(n, v)
    def __getattribute__(self, n):
        if n == 'v': return 'intercepted'
        return super().__getattribute__(n)
w = WithSetName(); print(w.v, w.cls_attr, object.__getattribute__(w, 'v'))
