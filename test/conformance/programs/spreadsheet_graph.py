# A spreadsheet with formulas, a dependency graph (graphlib.TopologicalSorter), recalculation and cycles.
import re
import ast
import operator
from graphlib import TopologicalSorter, CycleError

REF = re.compile(r'\b([A-Z])([1-9][0-9]?)\b')
RANGE = re.compile(r'\b([A-Z])([0-9]+):([A-Z])([0-9]+)\b')
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg, ast.Mod: operator.mod}
FUNCS = {'SUM': lambda *a: sum(a), 'MAX': max, 'MIN': min, 'AVG': lambda *a: sum(a) / len(a),
         'ROUND': round, 'ABS': abs, 'IF': lambda c, a, b: a if c else b}


def expand_ranges(expr):
    def rep(m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        cells = ['%s%d' % (chr(c), r) for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
        return ', '.join(cells)
    return RANGE.sub(rep, expr)


def evaluate(node, env):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise NameError('unknown cell %s' % node.id)
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, env), evaluate(node.right, env))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.operand, env))
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        l, r = evaluate(node.left, env), evaluate(node.comparators[0], env)
        return {ast.Gt: l > r, ast.Lt: l < r, ast.Eq: l == r}[type(node.ops[0])]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCS:
        return FUNCS[node.func.id](*[evaluate(a, env) for a in node.args])
    raise SyntaxError('unsupported: %s' % ast.dump(node)[:40])


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}

    def set(self, cell, text):
        self.raw[cell] = text

    def deps(self, cell):
        text = self.raw[cell]
        if isinstance(text, str) and text.startswith('='):
            return {''.join(m) for m in REF.findall(expand_ranges(text[1:]))}
        return set()

    def recalc(self):
        graph = {c: self.deps(c) for c in self.raw}
        ts = TopologicalSorter(graph)
        order = list(ts.static_order())
        self.values = {}
        for cell in order:
            text = self.raw.get(cell)
            if text is None:
                self.values[cell] = 0
            elif isinstance(text, str) and text.startswith('='):
                try:
                    tree = ast.parse(expand_ranges(text[1:]), mode='eval')
                    self.values[cell] = evaluate(tree, self.values)
                except ZeroDivisionError:
                    self.values[cell] = '#DIV/0!'
                except TypeError:
                    self.values[cell] = '#VALUE!'
                except (SyntaxError, NameError) as e:
                    self.values[cell] = '#ERR(%s)' % type(e).__name__
            else:
                self.values[cell] = text
        return order

    def show(self, cols='ABCD', rows=range(1, 6)):
        print('    ' + ''.join('%12s' % c for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get('%s%d' % (c, r), '')
                cells.append('%12s' % (('%.4g' % v) if isinstance(v, float) else v))
            print('%3d ' % r + ''.join(cells))


s = Sheet()
data = {'A1': 10, 'A2': 20, 'A3': 30.5, 'A4': '=SUM(A1:A3)', 'A5': '=AVG(A1:A3)',
        'B1': '=A1*2', 'B2': '=B1+A2', 'B3': '=B2/(A1-10)', 'B4': '=MAX(A1:B2) - MIN(A1, A2)',
        'B5': '=ROUND(A5, 2)', 'C1': '=IF(A1 > 5, 100, -100)', 'C2': '=-C1 % 7', 'C3': '=A1 + "x"',
        'C4': '=2 ** 10 + Z9', 'C5': '=A1 +* 2', 'D1': 'label', 'D2': '=D1'}
for k, v in data.items():
    s.set(k, v)
order = s.recalc()
print(order.index('A1') < order.index('B1') < order.index('B2'), len(order))
s.show()

s.set('A1', 6)
s.recalc()
s.show(rows=range(1, 3))

s.set('A1', '=B2')
try:
    s.recalc()
except CycleError as e:
    msg, cycle = e.args
    print('CycleError:', msg, sorted(cycle[:-1]), cycle[0] == cycle[-1])

ts = TopologicalSorter()
ts.add('deploy', 'test', 'build')
ts.add('test', 'build')
ts.add('build', 'fetch')
ts.add('docs', 'fetch')
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    for node in ready:
        ts.done(node)
print(rounds)
try:
    ts.add('x', 'y')
except ValueError as e:
    print('ValueError:', e)
ts2 = TopologicalSorter({'a': ['b'], 'b': ['c']})
print(list(ts2.static_order()))
ts3 = TopologicalSorter({1: [2], 2: [3], 3: [1]})
try:
    ts3.prepare()
except CycleError as e:
    print(type(e).__name__, e.args[0], e.args[1])
