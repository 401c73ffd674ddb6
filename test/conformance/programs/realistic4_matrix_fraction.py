# A matrix library on lists of lists with Fraction entries: transpose by zip(*m),
# recursive determinant, Gauss-Jordan inverse, rank, identity checks, pretty printing with
# rjust/format widths, operator overloads and their error messages.
from fractions import Fraction as F
from itertools import product


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(map(F, r)) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("ragged or empty matrix")
        self.rows = rows

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def T(self):
        return Matrix(zip(*self.rows))

    def __add__(self, o):
        if self.shape != o.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise MatrixError(f"cannot multiply {self.shape[0]}x{self.shape[1]} by {o.shape[0]}x{o.shape[1]}")
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), F(0)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        if n < 0:
            base, n = base.inverse(), -n
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant of non-square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(m))

    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + [F(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise MatrixError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    factor = aug[r][col]
                    aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def rank(self):
        m = [r[:] for r in self.rows]
        rank, rows, cols = 0, *self.shape
        for c in range(cols):
            piv = next((r for r in range(rank, rows) if m[r][c] != 0), None)
            if piv is None:
                continue
            m[rank], m[piv] = m[piv], m[rank]
            for r in range(rows):
                if r != rank and m[r][c]:
                    f = m[r][c] / m[rank][c]
                    m[r] = [a - f * b for a, b in zip(m[r], m[rank])]
            rank += 1
        return rank

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        lines = ["  ".join(c.rjust(w) for c in r) for r in cells]
        if len(lines) == 1:
            return "[ " + lines[0] + " ]"
        out = ["\u250c " + lines[0] + " \u2510"]
        out += ["\u2502 " + l + " \u2502" for l in lines[1:-1]]
        out.append("\u2514 " + lines[-1] + " \u2518")
        return "\n".join(out)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A, B, B.T(), sep="\n")
print("det A =", A.det(), " det A^T =", A.T().det(), " rank B =", B.rank())
Ai = A.inverse()
print(Ai)
print(A @ Ai == Matrix.identity(3), Ai @ A == Matrix.identity(3))
print(A @ B)
print(F(1, 2) * A)
print(A ** 3)
print(A ** -2 @ A ** 2 == Matrix.identity(3))
H = Matrix([[F(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.det(), "inverse row sums:", [sum(r) for r in H.inverse().rows])
for i, j in product(range(2), repeat=2):
    print(f"minor({i},{j}) det = {A.minor(i, j).det():>3}", end=" | ")
print()
for label, thunk in [("singular", lambda: Matrix([[1, 2], [2, 4]]).inverse()),
                     ("shape", lambda: A + B),
                     ("matmul", lambda: B @ B),
                     ("ragged", lambda: Matrix([[1], [1, 2]])),
                     ("det", lambda: B.det()),
                     ("bad entry", lambda: Matrix([["x"]])),
                     ("m*m", lambda: A * A)]:
    try:
        thunk()
    except (MatrixError, ValueError, TypeError) as e:
        print(f"{label:>10}: {type(e).__name__}: {e}")
print(f"{F(22, 7):>10}|{float(F(22, 7)):10.4f}|{F(-3, 4)!s:^9}|{F(5, 10)!r}|")
print(F("3.1415").limit_denominator(100), F(0.1).limit_denominator(10), F(1, 3) ** 2, F(4, 9) ** F(1, 2), round(F(7, 3), 2))
