# super() in hot compiled methods: zero-argument super() made without an argument array,
# super().method(...) called as [function, self] (no bound method made), and everything a
# super object answers otherwise (classmethods, properties, data, missing names, errors).


class AppError(Exception):
    def __init__(self, code, msg='failed'):
        super().__init__(msg, code)
        self.code = code


class Retry(AppError):
    def __init__(self, code):
        super(Retry, self).__init__(code, 'retry')


class A:
    def __init__(self, x):
        self.log = ['A']
        self.x = x

    def who(self):
        return 'A'

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(v):
        return v * 2

    @property
    def double(self):
        return self.x * 2

    tag = 'a-tag'


class B(A):
    def __init__(self, x):
        super().__init__(x)
        self.log.append('B')

    def who(self):
        return 'B' + super().who()


class C(A):
    def __init__(self, x):
        super().__init__(x + 1)
        self.log.append('C')

    def who(self):
        return 'C' + super().who()


class D(B, C):
    def __init__(self, x):
        super().__init__(x)
        self.log.append('D')

    def who(self):
        return 'D' + super().who()

    @classmethod
    def make(cls, x):
        return super().make(x * 10)

    def parts(self):
        s = super()
        return (s.helper(self.x), s.double, s.tag, type(s).__name__)

    def missing(self):
        return super().nothing


def run(n):
    out = []
    for i in range(n):
        d = D(i)
        out.append((d.x, tuple(d.log), d.who(), d.parts()))
        try:
            raise Retry(i) if i % 2 else AppError(i)
        except AppError as e:
            out.append((type(e).__name__, e.args, e.code, str(e)))
        try:
            d.missing()
        except AttributeError as e:
            out.append(str(e))
    return out


r = run(3000)
print(len(r), r[:6], r[-3:])
print(D.make(3).x, D.make(3).log)


def errors():
    def no_args():
        return super()

    class E:
        def gone(self):
            del self
            return super()

    for f in (no_args, E().gone, lambda: super(int, 'x'), lambda: super(3, 4)):
        try:
            f()
        except (RuntimeError, TypeError) as e:
            print(type(e).__name__, e)


for i in range(500):
    errors() if i == 499 else None
errors()


class Gen(A):
    def items(self, n):
        for i in range(n):
            yield super().who() + str(i)


print(list(Gen(1).items(3)), sum(len(s) for s in Gen(2).items(2000)))
