# Everyday library operations timed one by one (microseconds per operation), to compare
# tpy with CPython: run it on both and join the outputs by name.
#   bin/tpy bench/libops.py > /tmp/t.txt; /usr/bin/python3 bench/libops.py > /tmp/p.txt
#   join /tmp/t.txt /tmp/p.txt | awk '{printf "%-22s %9.2f %9.2f %6.1fx\n", $1, $2, $3, $2 / $3}'
# Each operation is warmed up for 0.3 s of CPU, then five timed loops run (CPU time); the median
# is printed.
# An optional argument selects the operations whose names contain it; a second scales the counts;
# a third sets the warm-up in seconds (on a loaded machine V8 takes seconds to settle).
import sys, time, io, logging, datetime, re, json, collections, dataclasses, decimal
import fractions, random, textwrap, copy, itertools, enum, functools

OPS = []
def op(n):
    def deco(fn):
        OPS.append((fn.__name__, fn, n))
        return fn
    return deco

log = logging.getLogger('bench.lib')
_h = logging.StreamHandler(io.StringIO())
_h.setFormatter(logging.Formatter('%(asctime)s %(name)s %(levelname)s %(message)s %(funcName)s:%(lineno)d'))
log.addHandler(_h); log.setLevel(logging.INFO); log.propagate = False
@op(300)
def logging_emit(): log.info('request %s took %d ms', 'abc', 12)
@op(2000)
def logging_filtered(): log.debug('dropped %s', 'x')

DT = datetime.datetime(2024, 3, 5, 14, 7, 9, 123456)
TD = datetime.timedelta(days=1, seconds=3600)
@op(2000)
def dt_now(): datetime.datetime.now()
@op(2000)
def dt_strftime(): DT.strftime('%Y-%m-%d %H:%M:%S')
@op(2000)
def dt_isoformat(): DT.isoformat()
@op(500)
def dt_strptime(): datetime.datetime.strptime('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S')
@op(2000)
def dt_timedelta(): (DT + TD - TD) - DT
@op(2000)
def dt_fromiso(): datetime.datetime.fromisoformat('2024-03-05T14:07:09')

@op(5000)
def str_format(): '{:>10} {:08.3f} {!r} {x:,}'.format('ab', 3.14159, 'q', x=1234567)
@op(5000)
def fstring_spec():
    x = 3.14159; s = 'ab'; n = 1234567
    f'{s:>10} {x:08.3f} {s!r} {n:,} {n:x}'
@op(5000)
def percent_fmt(): '%s %5d %-8s %.2f %r' % ('a', 42, 'b', 2.5, 'c')

RX = re.compile(r'(\w+)@(\w+)\.com')
TEXT = 'contact alice@example.com or bob@test.com for info; ' * 4
@op(2000)
def re_compile_cached(): re.compile(r'(\w+)@(\w+)\.com')
@op(2000)
def re_match(): RX.match('alice@example.com')
@op(2000)
def re_search(): RX.search(TEXT).group(1)
@op(1000)
def re_findall(): RX.findall(TEXT)
@op(1000)
def re_sub(): re.sub(r'\d+', '#', 'a1b22c333d4444 ' * 4)
@op(2000)
def re_module_match(): re.match(r'\d+', '12345abc')

NESTED = {'users': [{'id': i, 'name': 'user%d' % i, 'tags': ['a', 'b'], 'score': i * 1.5,
          'active': i % 2 == 0, 'meta': None} for i in range(10)]}
NESTED_S = json.dumps(NESTED)
@op(500)
def json_dumps(): json.dumps(NESTED)
@op(500)
def json_loads(): json.loads(NESTED_S)
@op(300)
def json_dumps_indent(): json.dumps(NESTED, indent=2, sort_keys=True)

WORDS = ('the quick brown fox jumps over the lazy dog the end ' * 20).split()
@op(500)
def counter_build(): collections.Counter(WORDS)
C = collections.Counter(WORDS)
@op(2000)
def counter_most_common(): C.most_common(3)

@op(50)
def namedtuple_create(): collections.namedtuple('P', 'x y z')
P = collections.namedtuple('P', 'x y z')
PI = P(1, 2, 3)
@op(5000)
def namedtuple_new(): P(1, 2, 3)
@op(5000)
def namedtuple_attr(): PI.x + PI.y + PI.z

@op(30)
def dataclass_decorate():
    @dataclasses.dataclass
    class D:
        x: int
        y: str = 'a'
        z: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass
class DC:
    x: int
    y: str = 'a'
DA = DC(1); DB = DC(1)
@op(5000)
def dataclass_new(): DC(1, 'b')
@op(5000)
def dataclass_eq(): DA == DB
@op(5000)
def dataclass_repr(): repr(DA)

D1 = decimal.Decimal('1.1'); D2 = decimal.Decimal('2.25')
@op(2000)
def decimal_arith(): (D1 + D2) * D1 - D2 / D1
@op(2000)
def decimal_new(): decimal.Decimal('3.14159')
F1 = fractions.Fraction(1, 3); F2 = fractions.Fraction(2, 7)
@op(2000)
def fraction_arith(): (F1 + F2) * F1 - F2 / F1

PAIRS = [(i * 7919 % 1000, str(i)) for i in range(1000)]
@op(50)
def sorted_key(): sorted(PAIRS, key=lambda p: p[1])
@op(50)
def sorted_itemgetter(): sorted(PAIRS, key=__import__('operator').itemgetter(0))

random.seed(1)
L100 = list(range(100))
@op(10000)
def random_random(): random.random()
@op(5000)
def random_randint(): random.randint(1, 100)
@op(5000)
def random_choice(): random.choice(L100)
@op(200)
def random_shuffle(): random.shuffle(L100)

PARA = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor ' * 8
@op(200)
def textwrap_fill(): textwrap.fill(PARA, 60)

DEEP = {'a': [1, 2, {'b': (3, 4), 'c': [5, 6]}], 'd': {'e': 'f'}, 'g': [[1], [2], [3]]}
@op(1000)
def deepcopy(): copy.deepcopy(DEEP)

@op(200)
def itertools_combos():
    for _ in itertools.combinations(range(8), 3): pass
    for _ in itertools.permutations(range(5), 2): pass
    for _ in itertools.product('ab', repeat=3): pass
@op(1000)
def itertools_chain_islice(): list(itertools.islice(itertools.chain(L100, L100), 50))
@op(500)
def itertools_groupby(): [(k, len(list(g))) for k, g in itertools.groupby(sorted(WORDS))]

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
@op(5000)
def enum_access(): Color.RED; Color(2); Color['BLUE']
@op(5000)
def enum_attrs(): Color.RED.name; Color.RED.value

@functools.lru_cache(maxsize=128)
def cached(x): return x * 2
@op(10000)
def lru_cache_hit(): cached(5)

# Calls that are not plain positional ones: a decorator's wrapper forwarding *args/**kwargs,
# a *args function, keyword-only parameters called by keyword.
def _forwarding(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@_forwarding
def _decorated(a, b): return a + b
def _star(*a): return a[0] + a[1]
def _kwonly(a, b=1, *, c=2): return a + b + c
@op(10000)
def call_decorated(): _decorated(1, 2)
@op(10000)
def call_star_args(): _star(1, 2)
@op(10000)
def call_kwonly(): _kwonly(1, c=3)

LONG = 'alpha, beta , gamma,delta ' * 200
@op(500)
def str_split_join(): ','.join(LONG.split(','))
@op(500)
def str_replace(): LONG.replace('beta', 'BETA')
@op(500)
def str_strip_lines(): [s.strip() for s in LONG.split(',')]

@op(5000)
def int_str(): int(str(123456789)) + int('ff', 16)
@op(2000)
def bigint_str(): str(3 ** 200)

NUMS = list(range(1000))
@op(200)
def sum_min_max(): sum(NUMS); min(NUMS); max(NUMS)
@op(200)
def dict_set_comp(): {i: i * 2 for i in NUMS}; {i % 10 for i in NUMS}

# A receive buffer: bytes arrive at the end and are consumed from the front.
RECV = bytearray(64 * 1024)
@op(2000)
def bytearray_queue(): RECV.extend(b'0123456789abcdef'); del RECV[:16]

def timed(fn, n):
    t = time.process_time()
    for _ in range(n): fn()
    return (time.process_time() - t) / n * 1e6

sel = sys.argv[1] if len(sys.argv) > 1 else ''
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1
warm = float(sys.argv[3]) if len(sys.argv) > 3 else 0.3
for name, fn, n in OPS:
    if sel not in name: continue
    n = max(int(n * scale), 1)
    # Warm up for `warm` seconds of CPU (tpy's compiled code and V8's tiers settle), then time.
    t0 = time.process_time()
    while time.process_time() - t0 < warm:
        timed(fn, max(n // 4, 1))
    runs = sorted(timed(fn, n) for _ in range(5))
    print(name, '%.2f' % runs[2])
