# round(Decimal, n) reads n as a C Py_ssize_t: beyond it OverflowError, within it the quantize result or InvalidOperation
from decimal import Decimal as D
for n in [2, 0, -1, 30, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**20, 'x', 1.5, None]:
    try:
        print(n, repr(round(D('1234.5678'), n)))
    except Exception as e:
        print(n, type(e).__name__, e)
