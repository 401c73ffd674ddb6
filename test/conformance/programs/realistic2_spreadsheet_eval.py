# A text spreadsheet whose cells hold formulas evaluated with eval() in a restricted namespace
import math
import re

class FormulaError(Exception):
    pass

class Sheet:
    CELL = re.compile(r"\b([A-Z])([1-9][0-9]*)\b")

    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = []

    def __setitem__(self, ref, text):
        self.raw[ref] = text
        self.cache.clear()

    def __getitem__(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise FormulaError("cycle: " + " -> ".join(self.evaluating + [ref]))
        text = self.raw.get(ref, "")
        self.evaluating.append(ref)
        try:
            value = self.evaluate(text)
        finally:
            self.evaluating.pop()
        self.cache[ref] = value
        return value

    def evaluate(self, text):
        if not text.startswith("="):
            try:
                return float(text) if "." in text else int(text)
            except ValueError:
                return text
        expr = self.CELL.sub(lambda m: f"_cell('{m.group(0)}')", text[1:])
        env = {"__builtins__": {}, "_cell": self.__getitem__, "SUM": lambda *xs: sum(xs), "AVG": lambda *xs: sum(xs) / len(xs),
               "sqrt": math.sqrt, "ROUND": round, "MAX": max, "range": self.range}
        try:
            return eval(expr, env)
        except FormulaError:
            raise
        except LookupError as e:
            return f"#REF ({e!r})"
        except ZeroDivisionError:
            return "#DIV/0!"
        except NameError as e:
            return f"#NAME? ({e})"
        except SyntaxError as e:
            return f"#SYNTAX ({e.msg} at col {e.offset})"
        except TypeError as e:
            return f"#TYPE ({e})"

    def range(self, a, b):
        col1, row1 = a[0], int(a[1:])
        col2, row2 = b[0], int(b[1:])
        return [self[f"{chr(c)}{r}"] for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]

    def show(self, cols="ABC", rows=6):
        print("    " + "".join(f"{c:>14}" for c in cols))
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                v = self[f"{c}{r}"]
                cells.append(f"{v:>14.3f}" if isinstance(v, float) else f"{str(v)[:14]:>14}")
            print(f"{r:>3} " + "".join(cells))

s = Sheet()
s["A1"] = "10"; s["A2"] = "20.5"; s["A3"] = "=A1 + A2"; s["A4"] = "=SUM(A1, A2, A3) / 2"
s["B1"] = "=sqrt(A1 * 10)"; s["B2"] = "=A1 / (A2 - 20.5)"; s["B3"] = "=unknown(1)"; s["B4"] = "=A1 +* 2"
s["C1"] = "label"; s["C2"] = "=C1 * 2"; s["C3"] = "=ROUND(AVG(A1, A2, B1), 2)"; s["C4"] = "=A1 + C1"
s["A5"] = "=MAX([x * 2 for x in (A1, A2)])"; s["B5"] = "=__import__('os')"; s["C5"] = "=len('abc')"
s["A6"] = "=(lambda n: n ** 2)(A1)"; s["B6"] = "={1: 'a'}[2]" ; s["C6"] = "=A1 if A2 > 20 else -A1"
s.show()
s["A1"] = "=C6"
try:
    s["A1"]
except FormulaError as e:
    print("FormulaError:", e)
s["A1"] = "3"
print(s["A3"], s["A4"], s["C6"])
for text in ("1 +", "(1, 2", "1 2", "'abc", "a = 1", "x for x in y"):
    try:
        eval(text)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
print(eval("x * y", {"x": 3}, {"y": 4}), eval("[n for n in range(3)]"), eval("  2 + 2\n"), eval(compile("1+1", "<f>", "eval")))
ns = {}
exec("def double(v):\n    return v * 2\nresult = double(21)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
code = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
env = {"total": 100}
exec(code, env)
print(env["total"], code.co_filename, code.co_name)
def outer():
    local_x = 5
    return eval("local_x + 1"), eval("local_x", {"local_x": 50})
print(outer())
try:
    eval("1/0")
except ZeroDivisionError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-3:])
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(repr(e))
print(eval("__builtins__ is not None"), type(eval("lambda: 0")).__name__)
s["B2"] = "=B6 + A1"
print(s["B2"])
s["A2"] = "=1 +"
print(s["A3"])
eval("undefined_variable + 1")
