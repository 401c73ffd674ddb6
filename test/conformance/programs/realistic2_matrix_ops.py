# A matrix class with full operator overloading, tuple/slice indexing, reflected ops and NotImplemented
from fractions import Fraction
import operator

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __contains__(self, x):
        return any(x in r for r in self.rows)

    def __bool__(self):
        return any(self)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rs = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rs])
            return self.rows[i][j]
        if isinstance(key, int):
            return list(self.rows[key])
        raise TypeError(f"Matrix indices must be int or tuple, not {type(key).__name__}")

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, (int, float, Fraction)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other): return self._elementwise(other, operator.add)
    def __radd__(self, other): return self.__add__(other)
    def __sub__(self, other): return self._elementwise(other, operator.sub)
    def __rsub__(self, other):
        r = self._elementwise(other, operator.sub)
        return r if r is NotImplemented else -r
    def __mul__(self, other): return self._elementwise(other, operator.mul)
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __pos__(self): return self
    def __abs__(self): return Matrix([[abs(x) for x in r] for r in self.rows])

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if n < 0:
            raise ValueError("negative power")
        result = Matrix.identity(len(self))
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A); print(repr(A + B), A - 1, 1 - A, 2 * A, A * 2, sep="\n")
print(A @ B, (A @ B).shape, A ** 5, sep="\n")
print(A[0, 1], A[1], A[:, 0], A[1:, :], A[0, ::-1], sep="\n")
print(len(A), list(A), 3 in A, 9 in A, bool(A), bool(Matrix([[0, 0]])), -A, abs(-A), +A is A, sep=" | ")
print(A == Matrix([[1, 2], [3, 4]]), A != B, A == [[1, 2], [3, 4]], hash(A) == hash(Matrix(A.rows)))
print({A: "a", Matrix([[1, 2], [3, 4]]): "again"})
print(sum([A, B, A]), Matrix([[Fraction(1, 2), 1]]) * Fraction(2, 3))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
M = Matrix.identity(3)
M[0, 2] = 7
print(M.transpose())
for bad in (lambda: A @ 3, lambda: A + "x", lambda: "x" * A, lambda: A["r"], lambda: A @ Matrix([[1, 2, 3]]),
            lambda: A + Matrix([[1]]), lambda: Matrix([[1], [2, 3]]), lambda: A < B, lambda: A ** -1, lambda: 3 @ A):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
