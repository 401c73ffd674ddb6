# Subclasses of dict, tuple, list and float that override __iter__/keys/__int__: dict |, dict(pairs), '%d' and friends use the overrides as CPython does
class F(float):
    def __int__(self): return 77
print('%d %i %s' % (F(1.5), F(2.5), F(3.5)), '%d' % 2.9)
class T(tuple):
    def __iter__(self): return iter("tt")
class L(list):
    def __iter__(self): return iter([7, 8])
class S(str):
    def __iter__(self): return iter("zz")
class D(dict):
    def __iter__(self): return iter(["a"])
    def keys(self): return ["a"]
    def __getitem__(self, k): return "DG"
t, l = T((1, 2)), L(["a", "b"])
for x in ["'-'.join(l)", "'-'.join(T(('p', 'q')))", "b'-'.join(L([b'a']))", "dict([t])", "dict([l])", "d = {}; d.update([t]); d", "set().union(l)", "frozenset(l)", "s = set(); s.update(l); s",
          "x = [0]; x += l; x", "x = [0]; x[0:1] = l; x", "list(zip(l))", "sum(L([1, 2]))", "sorted(l)", "min(l)", "any(L([0, 0]))", "[*t]", "print(*t)", "(lambda *a: a)(*l)", "(lambda *a: a)(*t)", "dict.fromkeys(t)",
          "tuple(l)", "'%s %s' % T(('x', 'y'))", "str.join('', S('ab'))", "list(S('ab'))", "'-'.join(S('ab'))", "max(S('ab'))", "set(S('ab'))", "bytes(L([65]))", "bytearray(L([65]))", "x = bytearray(b'a'); x.extend(L([66])); x",
          "D(a=1) | {}", "{} | D(a=1)", "x = {}; x |= D(a=1); x", "dict(D(a=1))", "{**D(a=1)}", "x = {}; x.update(D(a=1)); x", "D(a=1).copy()", "dict(D())", "D() | {}", "__import__('collections').ChainMap(D(a=1))['a']", "__import__('collections').OrderedDict(D(a=1))", "__import__('collections').Counter(D(a=1))", "__import__('copy').copy(D(a=1))"]:
    try:
        ns = {"T": T, "L": L, "S": S, "D": D, "t": t, "l": l}
        if "; " in x:
            exec(x.rsplit("; ", 1)[0], ns); r = eval(x.rsplit("; ", 1)[1], ns)
        else:
            r = eval(x, ns)
        print(x, "=>", repr(r))
    except Exception as e:
        print(x, "!!", type(e).__name__, e)
