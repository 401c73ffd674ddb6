"""Linear systems with Fractions: operator overloading, __matmul__, class methods, recursion."""
from fractions import Fraction
from functools import reduce
import operator


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if n < 0:
            return self.inverse() ** -n
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        total = Fraction(0)
        for j, a in enumerate(self.rows[0]):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * a * minor.det()
        return total

    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + e for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in r) + " ]" for r in cells)


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = Matrix([[8], [-11], [-3]])
print(A.shape, A.det())
x = A.inverse() @ b
print(x)
print(A @ x == b, A ** 0 == Matrix.identity(3))
print(A ** -1)
print((A ** 3) @ (A ** -3) == Matrix.identity(3))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", H.det(), float(H.det()))
print(H.inverse())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
print(2 * Matrix([[Fraction(1, 3), 0.5]]) + Matrix([[1, 1]]) * Fraction(-1, 6))
print(reduce(operator.matmul, [Matrix([[1, k], [0, 1]]) for k in range(1, 6)]))
print(A.T().T() == A, sum(A[i, i] for i in range(3)), max(map(abs, (A[i, j] for i in range(3) for j in range(3)))))
for bad in ([[1, 2], [3]], [[1, 2], [2, 4]]):
    try:
        Matrix(bad).inverse()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(Fraction("3.1415926535").limit_denominator(1000), Fraction(7, -21), Fraction(1, 3) ** -2, round(Fraction(7, 2)), round(Fraction(5, 2)))
print(f"{Fraction(22, 7):.5f}", Fraction(0.1), Fraction(1, 3) < 0.3334, divmod(Fraction(7, 2), Fraction(2, 3)))
