# Exact linear algebra with Fractions: Gaussian elimination, determinant, inverse, least squares.
from fractions import Fraction as F
from itertools import permutations
from math import prod


class Matrix:
    def __init__(self, rows):
        self.rows = [[F(v) for v in r] for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), F(0)) for c in cols] for r in self.rows])

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def det_leibniz(self):
        def sign(p):
            inv = sum(1 for i in range(len(p)) for j in range(i + 1, len(p)) if p[i] > p[j])
            return -1 if inv % 2 else 1
        return sum(sign(p) * prod(self.rows[i][p[i]] for i in range(self.n)) for p in permutations(range(self.n)))

    def rref(self):
        a = [r[:] for r in self.rows]
        pivots, r, swaps, det = [], 0, 0, F(1)
        for c in range(self.m):
            piv = next((i for i in range(r, self.n) if a[i][c] != 0), None)
            if piv is None:
                continue
            if piv != r:
                a[r], a[piv] = a[piv], a[r]
                swaps += 1
            pv = a[r][c]
            det *= pv
            a[r] = [v / pv for v in a[r]]
            for i in range(self.n):
                if i != r and a[i][c] != 0:
                    f = a[i][c]
                    a[i] = [x - f * y for x, y in zip(a[i], a[r])]
            pivots.append(c)
            r += 1
            if r == self.n:
                break
        return Matrix(a), pivots, det * (-1) ** swaps

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of a non-square matrix")
        red, piv, d = self.rref()
        return d if len(piv) == self.n else F(0)

    def inverse(self):
        aug = Matrix([r + e for r, e in zip(self.rows, Matrix.identity(self.n).rows)])
        red, piv, _ = aug.rref()
        if piv[:self.n] != list(range(self.n)):
            raise ZeroDivisionError("matrix is singular")
        return Matrix([r[self.n:] for r in red.rows])

    def rank(self):
        return len(self.rref()[1])


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = Matrix([[8], [-11], [-3]])
print(A, "", sep="\n")
print("det:", A.det(), "leibniz:", A.det_leibniz(), "rank:", A.rank())
Ai = A.inverse()
print("inverse:", Ai, sep="\n")
print("A @ Ai == I:", A @ Ai == Matrix.identity(3))
x = Ai @ b
print("solution:", [str(v[0]) for v in x.rows])
H = Matrix([[F(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.det(), "== 1/6048000:", H.det() == F(1, 6048000))
print("Hilbert inverse row 0:", [str(v) for v in H.inverse().rows[0]])
S = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print("singular det:", S.det(), S.det_leibniz(), "rank", S.rank())
try:
    S.inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
red, piv, _ = S.rref()
print("rref:", red, "pivots", piv, sep="\n")
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
xs = [0, 1, 2, 3, 4]
ys = [1, 3, 2, 5, 4]
X = Matrix([[1, v] for v in xs])
Y = Matrix([[v] for v in ys])
beta = (X.T() @ X).inverse() @ X.T() @ Y
c0, c1 = (r[0] for r in beta.rows)
print(f"least squares: y = {c0} + {c1}x  (~ {float(c0):.3f} + {float(c1):.3f}x)")
resid = [float(yv - (c0 + c1 * xv)) for xv, yv in zip(xs, ys)]
print("residuals:", [round(r, 3) for r in resid], "sum ~0:", abs(sum(resid)) < 1e-12)
R = Matrix([[0, -1], [1, 0]])
P = Matrix.identity(2)
for k in range(1, 5):
    P = P @ R
    print(f"R^{k}:", P.rows == Matrix.identity(2).rows, [[int(v) for v in r] for r in P.rows])
