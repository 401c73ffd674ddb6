# Everyday operations timed one by one, to find cliffs: an operation many times slower than
# CPython's because of an algorithm or a mechanism, not the eval loop's ordinary cost. Run it
# on both and compare (the first run of each function includes tpy's warm-up):
#   bin/tpy bench/cliffs.py 1000000 > /tmp/t.txt; /usr/bin/python3 bench/cliffs.py 1000000 > /tmp/p.txt
#   paste /tmp/t.txt /tmp/p.txt | awk '{printf "%-12s %6.1fx\n", $1, $2 / $4}'
import time, sys, re, json
R = {}
SINK = open('/dev/null', 'w')
def bench(name, fn, *a):
    t = time.perf_counter(); fn(*a); R[name] = time.perf_counter() - t
def p_print(n):
    for i in range(n): print(i, 'x', file=SINK)
def p_write(n):
    w = SINK.write
    for i in range(n): w('line %d\n' % i)
def p_strcat(n):
    s = ''
    for i in range(n): s += str(i)
    return len(s)
def p_join(n): return len(','.join([str(i) for i in range(n)]))
def p_split(n):
    s = ' '.join(['word'] * 1000)
    for i in range(n // 1000): s.split()
def p_listops(n):
    l = []
    for i in range(n): l.append(i)
    while l: l.pop()
def p_dict(n):
    d = {}
    for i in range(n): d['k%d' % i] = i
    t = 0
    for k, v in d.items(): t += v
    for i in range(n): t += d.get('k%d' % i, 0)
def p_sortkey(n):
    l = [(i * 7919) % n for i in range(n)]
    sorted(l, key=lambda x: -x); sorted(l)
def p_sorttuples(n): sorted([((i * 31) % 97, str(i)) for i in range(n)])
def p_set(n):
    s = set(range(n)); t = set(range(0, n, 2))
    return len(s & t), len(s | t), sum(1 for i in range(n) if i in s)
def p_intparse(n): return sum(int(str(i)) for i in range(n))
def p_floatfmt(n): return len([f'{i / 7:.3f}' for i in range(n)])
def p_floatrepr(n): return len([repr(i / 7) for i in range(n)])
def p_fstring(n): return len([f'{i}-{i*2}:{"a"}' for i in range(n)])
def p_percent(n): return len(['%d %s %.2f' % (i, 'a', i / 3) for i in range(n)])
def p_replace(n):
    s = 'abcabcabc' * 100
    for i in range(n // 100): s.replace('b', 'xy').find('zz'); s.upper(); s.startswith('abc')
def p_regex(n):
    r = re.compile(r'(\d+)-(\w+)')
    s = 'abc 123-foo def 456-bar ' * 10
    for i in range(n // 100): r.findall(s); r.search(s).group(1); re.sub(r'\d', '#', s)
def p_json(n):
    d = [{'a': i, 'b': [i, str(i)], 'c': {'d': i / 2}} for i in range(n // 10)]
    json.loads(json.dumps(d))
def p_slice(n):
    l = list(range(100))
    for i in range(n // 10): l[10:50]; l[::-1]; l[:]
def p_in(n):
    l = list(range(50)); s = 'hello world ' * 5
    c = 0
    for i in range(n // 10): c += (49 in l) + ('wor' in s)
def p_enumzip(n):
    a = list(range(n)); b = list(range(n))
    return sum(i * x * y for i, (x, y) in enumerate(zip(a, b)))
def p_minmax(n):
    l = list(range(n))
    for i in range(10): max(l); min(l); sum(l)
def p_strmethods(n):
    for i in range(n // 10): 'Hello World'.lower().strip().split(' ')[0].capitalize().isalpha()
def p_listcomp(n): return len([x * 2 for x in range(n) if x % 3])
def p_dictcomp(n): return len({i: str(i) for i in range(n)})
def p_class(n):
    class P:
        def __init__(self, x, y): self.x = x; self.y = y
        def __add__(self, o): return P(self.x + o.x, self.y + o.y)
        def __repr__(self): return f'P({self.x}, {self.y})'
    a = P(0, 0)
    for i in range(n): a = a + P(1, 2)
    return repr(a)
def p_exceptions(n):
    c = 0
    for i in range(n // 10):
        try: {}['x']
        except KeyError: c += 1
        try: int('x')
        except ValueError: c += 1
def p_generator(n):
    def g(k):
        for i in range(k): yield i
    return sum(g(n))
def p_bigint(n):
    x = 1
    for i in range(1, n // 100): x *= i
    return x.bit_length()
def p_str_index(n):
    s = 'abcdefghij' * 100
    t = 0
    for i in range(n): t += ord(s[i % 1000])
def p_bytes(n):
    b = bytearray()
    for i in range(n // 10): b += b'abcdefghij'
    return bytes(b).count(b'a')
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
for name, fn in list(globals().items()):
    if name.startswith('p_'): bench(name[2:], fn, N)
for k, v in R.items(): print(k, round(v, 4))
