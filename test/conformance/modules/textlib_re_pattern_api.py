# re: Pattern equality/hash (pickled patterns compare equal), groupindex as a mappingproxy, Pattern[str]/Match[str],
# Pattern.scanner (match/search from where the last match ended), re.error's constructor and attributes, negative counts
import re, copy, pickle
def e(fn):
    try: print(repr(fn()))
    except Exception as ex: print(type(ex).__name__, ex)
p = re.compile(r'(?P<a>x)(y)?')
e(lambda: [p.groupindex, type(p.groupindex).__name__, p.groupindex['a']])
e(lambda: p.groupindex.__setitem__('b', 2))
e(lambda: (copy.copy(p) is p, pickle.loads(pickle.dumps(p)) == p, pickle.loads(pickle.dumps(p)) != p))
e(lambda: (p == re.compile(r'(?P<a>x)(y)?', re.U), p == re.compile(r'(?P<a>x)(y)?', re.I), p == r'(?P<a>x)(y)?', re.compile(b'x') == re.compile('x')))
e(lambda: hash(pickle.loads(pickle.dumps(p))) == hash(p))
e(lambda: len({re.compile('a'), pickle.loads(pickle.dumps(re.compile('a')))}))
e(lambda: (re.Pattern[str], re.Match[bytes]))
sc = re.compile(r'\d*').scanner('12a345')
e(lambda: sc.pattern.pattern)
e(lambda: [sc.match(), sc.match(), sc.match(), sc.match()])
sc = re.compile(r'\d+').scanner('12a345b6', 1, 7)
e(lambda: [m.span() for m in iter(sc.search, None)])
sc = re.compile(r'x*').scanner('axxb')
e(lambda: [m.span() for m in iter(sc.search, None)])
e(lambda: type(sc).__name__)
for args in [('msg',), ('msg', 'pat', 1), ('msg', b'ab\ncd', 4), ('msg', 'abcd', None), ('msg', None, 3), ('msg', 'x\ny', 0)]:
    err = re.error(*args)
    print(repr(str(err)), err.args, err.msg, err.pattern, err.pos, err.lineno, err.colno)
e(lambda: re.error())
e(lambda: re.error(msg='m', pos=0, pattern='p').colno)
class MyError(re.error):
    pass
e(lambda: str(MyError('x', 'y\n', 0)))
for pat in ['(\nx', 'a\n)', '(?P<1>x)\n', 'a)']:
    try:
        re.compile(pat)
    except re.error as err:
        print(repr(str(err)), err.lineno, err.colno)
e(lambda: re.sub('x', 'y', 'xxx', count=-1))
e(lambda: re.subn('x', 'y', 'xxx', -2))
e(lambda: re.compile('x').sub('y', 'xxx', -1))
e(lambda: re.split('x', 'axbxc', -1))
