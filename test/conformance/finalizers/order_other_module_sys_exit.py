# Exit order with objects another module holds (finalised in the same collection, in the
# collector's list order) and a SystemExit ending the program
import sys
import _mod_fin

class B:
    def __init__(self, n, *kids): self.n = n; self.kids = list(kids)
    def __del__(self): print("B", self.n)

b1 = B(1)
_mod_fin.kept = _mod_fin.A(100)
stuff = [_mod_fin.A(101), B(2)]
root = B(3, B(4), B(5, B(6)))
def setup():
    global conn, pool
    pool = [B(10), B(11)]
    conn = B(12)
    pool.append(B(13))
setup()
print("exiting")
sys.exit(3)
