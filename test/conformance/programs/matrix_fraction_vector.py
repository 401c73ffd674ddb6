# Matrix / Fraction / Vector library with operator overloading
from fractions import Fraction
from numbers import Number
import math
import functools


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        self._c = tuple(components)

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"

    def __str__(self):
        return "<" + ", ".join(str(c) for c in self._c) + ">"

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self._c)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[Fraction(int(i == j)) for j in range(n)] for i in range(n)])

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{width}}" for x in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, det = self.n, Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if a[r][i] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != i:
                a[i], a[pivot] = a[pivot], a[i]
                det = -det
            det *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return det

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for i in range(n):
            pivot = max(range(i, n), key=lambda r: abs(a[r][i]))
            if a[pivot][i] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[i], a[pivot] = a[pivot], a[i]
            p = a[i][i]
            a[i] = [x / p for x in a[i]]
            for r in range(n):
                if r != i:
                    f = a[r][i]
                    a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return Matrix([r[n:] for r in a])


v = Vector(1, 2, 3)
w = Vector(Fraction(1, 2), Fraction(-1, 3), 4)
print(v, repr(w))
print(v + w, v - w, 2 * v, v * Fraction(3, 4), -v)
print(v @ w, abs(Vector(3, 4)), bool(Vector(0, 0)), v[1:], v[-1])
print(hash(v) == hash(Vector(1, 2, 3)), {v, Vector(1, 2, 3)} == {v})
try:
    v + Vector(1)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)

m = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(m)
print("det", m.determinant())
inv = m.inverse()
print(inv)
print(m @ inv == Matrix.identity(3))
print(m @ v)
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib.rows[0][1])
print(m.transpose())
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("singular:", e)
f = Fraction(3, 4)
print(f + 1, f * f, f ** 2, f ** -2, 1 / f, f // Fraction(1, 3), f % Fraction(1, 3), float(f))
print(Fraction("0.125"), Fraction(1.5), Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)))
print(sum([Fraction(1, n) for n in range(1, 11)]), functools.reduce(lambda a, b: a * b, [Fraction(k, k + 1) for k in range(1, 10)]))
print(f"{Fraction(1, 3)!s:>8}|{float(Fraction(1,3)):.5f}", Fraction(-7, 3).__floor__(), math.floor(Fraction(-7, 3)), math.ceil(Fraction(-7, 3)))
print(f < 1, f == 0.75, Fraction(1, 2) == Fraction(2, 4), hash(Fraction(1, 2)) == hash(0.5))
