from fractions import Fraction
from numbers import Number
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return f"Matrix({self.rows!r})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!s:>{w}}" for x in r) + "]" for r in self.rows)
    def __getitem__(self, key):
        match key:
            case (int(i), int(j)):
                return self.rows[i][j]
            case (slice() as rs, slice() as cs):
                return Matrix([r[cs] for r in self.rows[rs]])
            case (int(i), slice() as cs):
                return self.rows[i][cs]
            case (slice() as rs, int(j)):
                return [r[j] for r in self.rows[rs]]
            case int(i):
                return self.rows[i]
        raise TypeError(f"bad index {key!r}")
    def __setitem__(self, key, v):
        i, j = key
        self.rows[i][j] = v
    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __iadd__(self, o):
        for r, s in zip(self.rows, o.rows):
            for j in range(len(r)):
                r[j] += s[j]
        return self
    def __neg__(self): return -1 * self
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __pow__(self, k):
        res = Matrix.identity(self.n)
        for _ in range(k): res = res @ self
        return res
    def __iter__(self): return iter(self.rows)
    def __len__(self): return self.n
    def __bool__(self): return any(any(r) for r in self.rows)
    def __abs__(self): return sum(abs(x) for r in self for x in r)
    def T(self): return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1: return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j+1:] for r in self.rows[1:]]).det() for j in range(self.n))

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[Fraction(1, 2), 0], [0, Fraction(1, 3)]])
print(A @ B)
print(repr(2 * A), repr(A * 2.5))
print(A ** 5)
print(A[1, 0], A[:, 1], A[0, :], A[0], repr(A[::-1, ::-1]))
C = A
C += Matrix.identity(2)
print(C is A, A)
print(abs(-A), bool(Matrix([[0, 0]])), len(A), A == Matrix([[2, 2], [3, 5]]))
M = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(M.det(), M.T() == M)
try:
    A @ M
except ValueError as e:
    print(e)
try:
    A @ 3
except TypeError as e:
    print(e)
try:
    A["x"]
except TypeError as e:
    print(e)
try:
    "s" * A
except TypeError as e:
    print(e)
print(Matrix([[Fraction(1, 3), Fraction(-2, 7)]]) * 3)
print(list(map(sum, A)), sorted(A, key=sum, reverse=True))
A[0, 0] = 99; print(A.rows)
import operator
print(operator.matmul(A, Matrix.identity(2)) == A)
