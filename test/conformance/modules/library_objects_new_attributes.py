# Which library objects take new attributes, and the AttributeError of those that refuse: io streams and sys.stdout/stderr take them, csv readers and writers, itertools and functools objects, dates, decimals and the like refuse, as in CPython
import sys, io, re, datetime, decimal, fractions, collections, itertools, functools, threading, json, random, logging, csv, array, operator, types, weakref, enum, pathlib, string, struct, heapq, queue, time, contextlib
from decimal import Decimal
from fractions import Fraction
objs = [
 ('sys.stdout', sys.stdout), ('sys.stderr', sys.stderr), ('io.StringIO', io.StringIO()), ('io.BytesIO', io.BytesIO()),
 ('re.Pattern', re.compile('a')), ('re.Match', re.match('a', 'a')),
 ('date', datetime.date(2020,1,1)), ('datetime', datetime.datetime(2020,1,1)), ('timedelta', datetime.timedelta(1)), ('time', datetime.time(1)), ('timezone', datetime.timezone.utc),
 ('Decimal', Decimal(1)), ('Fraction', Fraction(1, 2)), ('Context', decimal.getcontext()),
 ('deque', collections.deque()), ('defaultdict', collections.defaultdict(int)), ('OrderedDict', collections.OrderedDict()), ('Counter', collections.Counter()), ('namedtuple', collections.namedtuple('P', 'x')(1)),
 ('count', itertools.count()), ('chain', itertools.chain()), ('cycle', itertools.cycle([1])), ('islice', itertools.islice([], 1)), ('groupby', itertools.groupby([])), ('product', itertools.product()), ('accumulate', itertools.accumulate([])), ('zip_longest', itertools.zip_longest()), ('permutations', itertools.permutations([])), ('repeat', itertools.repeat(1)), ('starmap', itertools.starmap(int, [])), ('tee', itertools.tee([])[0]),
 ('partial', functools.partial(int)), ('lru_cache', functools.lru_cache(lambda: 1)),
 ('Lock', threading.Lock()), ('RLock', threading.RLock()), ('Event', threading.Event()), ('Thread', threading.Thread()), ('Condition', threading.Condition()),
 ('JSONEncoder', json.JSONEncoder()), ('JSONDecoder', json.JSONDecoder()), ('Random', random.Random()), ('Logger', logging.getLogger('x')), ('Handler', logging.StreamHandler()), ('Formatter', logging.Formatter()),
 ('csv.reader', csv.reader([])), ('csv.writer', csv.writer(io.StringIO())), ('DictReader', csv.DictReader([])),
 ('array', array.array('i')), ('itemgetter', operator.itemgetter(1)), ('attrgetter', operator.attrgetter('x')), ('methodcaller', operator.methodcaller('x')),
 ('SimpleNamespace', types.SimpleNamespace()), ('MappingProxy', types.MappingProxyType({})), ('Path', pathlib.Path('.')), ('Template', string.Template('')), ('Struct', struct.Struct('i')),
 ('Queue', queue.Queue()), ('struct_time', time.localtime()), ('ExitStack', contextlib.ExitStack()),
 ('map', map(int, [])), ('filter', filter(None, [])), ('zip', zip()), ('enumerate', enumerate([])), ('reversed', reversed([])), ('range', range(1)), ('iter(list)', iter([])), ('dict_keys', {}.keys()), ('generator', (x for x in [])), ('memoryview', memoryview(b'')), ('slice', slice(1)), ('property', property()), ('staticmethod', staticmethod(int)), ('classmethod', classmethod(int)),
 ('builtin_function', len), ('method', [].append), ('object', object()), ('exception', ValueError()), ('module', sys), ('function', lambda: 1), ('type', int), ('super', super(int, 1)), ('frozenset', frozenset()), ('bytearray', bytearray()), ('complex', 1j), ('code', (lambda: 1).__code__),
]
for name, o in objs:
    if o is None: continue
    try:
        o.zz_attr = 1
        print(name, 'ok', o.zz_attr)
    except Exception as e:
        print(name, '!!', type(e).__name__, e)
