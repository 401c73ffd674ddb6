# configparser: exception attributes/args/str, section proxies, converters, has_option/remove edge cases, vars, type checks
import configparser as cp
import io

errs = [cp.Error('boom'), cp.Error(), cp.NoSectionError('s'), cp.DuplicateSectionError('s'),
        cp.DuplicateSectionError('s', 'f.ini', 3), cp.DuplicateSectionError('s', 'f.ini'),
        cp.DuplicateOptionError('s', 'o'), cp.DuplicateOptionError('s', 'o', '<x>', 12),
        cp.NoOptionError('o', 's'), cp.InterpolationError('o', 's', 'msg'),
        cp.InterpolationMissingOptionError('o', 's', 'raw %(x)s', 'x'), cp.InterpolationSyntaxError('o', 's', 'bad'),
        cp.InterpolationDepthError('o', 's', 'raw'), cp.ParsingError('src'), cp.ParsingError(filename='fn'),
        cp.MissingSectionHeaderError('f', 4, 'x = 1\n')]
for e in errs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args, e.message == str(e))
    print('   ', {k: v for k, v in vars(e).items() if k != 'message'})
pe = cp.ParsingError('src')
pe.append(3, "'bad'")
pe.append(10, 'x')
print(str(pe), pe.errors, pe.source)
print([c.__name__ for c in cp.InterpolationMissingOptionError.__mro__])
print(issubclass(cp.MissingSectionHeaderError, cp.ParsingError), issubclass(cp.NoOptionError, cp.Error))

p = cp.ConfigParser(defaults={'base': '1', 'Ref': '%(base)s0'})
p.read_string('[a]\nx = 5\ny = %(x)s%(ref)s\n[b]\n')
print(p.has_option('a', 'BASE'), p.has_option('', 'base'), p.has_option('DEFAULT', 'x'), p.has_option('zz', 'x'),
      p.has_option(None, 'ref'))
print(p.get('a', 'y'), p.get('a', 'y', vars={'x': 7}), p.get('a', 'y', raw=True), p.get('b', 'nope', fallback=None))
print(p.items('a'), p.items('a', raw=True), p.items('a', vars={'X': '9', 'new': 'n'}))
print(p.items('DEFAULT'), list(p.items())[0][0], [k for k, _ in p.items()])
print(p.getint('a', 'x'), p.getfloat('a', 'base'), p.getint('a', 'nope', fallback='fb'), p.getint('zz', 'x', fallback=0))
sec = p['a']
print(repr(sec), sec.name, sec.parser is p, list(sec), len(sec), 'x' in sec, 'X' in sec, 'q' in sec)
print(sec.get('x'), sec.get('q'), sec.get('q', 'dflt'), sec.getint('x'), sec.getboolean('q', True), sec.get('y', raw=True))
sec['z'] = 'zz'
del sec['z']
print(list(sec))
for bad in [lambda: sec['q'], lambda: sec.__delitem__('q'), lambda: sec.__delitem__('base'), lambda: sec.__setitem__('k', 5),
            lambda: p.set('a', 'k', 5), lambda: p.set('a', 5, 'v'), lambda: p.add_section(5), lambda: p.set('zz', 'k', 'v'),
            lambda: p.remove_option('zz', 'k'), lambda: p.add_section('DEFAULT'), lambda: p.add_section('a'),
            lambda: p.__delitem__('DEFAULT'), lambda: p.__delitem__('zz'), lambda: p['zz'], lambda: p.items('zz'),
            lambda: p.options('zz'), lambda: p.get('zz', 'x'), lambda: p.get('a', 'nope'), lambda: p.getboolean('a', 'x'),
            lambda: p.getint('a', 'y'), lambda: cp.ConfigParser(interpolation=5), lambda: p.converters.__setitem__('', int),
            lambda: p.converters.__setitem__(5, int), lambda: p.converters.__delitem__(''), lambda: p.converters.__delitem__('nope')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(p.remove_option('a', 'X'), p.remove_option('a', 'X'), p.remove_option('', 'base'), p.remove_section('b'), p.remove_section('b'))
print(p.defaults(), p.sections(), list(p), len(p), 'DEFAULT' in p, 'a' in p, 5 in p)

p.converters['list'] = lambda v: v.split(',')
p.set('a', 'l', 'u,v,w')
print(sorted(p.converters), p.converters['list'] is not None, p.converters['int'], len(p.converters))
print(p.getlist('a', 'l'), p['a'].getlist('l'), p['a'].getlist('none', ['d']), p.getlist.converter is p.converters['list'])
p.add_section('later')
p.set('later', 'l', '1,2')
print(p['later'].getlist('l'), hasattr(p['DEFAULT'], 'getlist'))
del p.converters['list']
print(hasattr(p, 'getlist'), hasattr(p['a'], 'getlist'), sorted(p.converters))
del p.converters['int']
print(hasattr(p, 'getint'), sorted(p.converters))
q = cp.ConfigParser(converters={'upper': str.upper})
q['s'] = {'k': 'val'}
print(q.getupper('s', 'k'), q['s'].getupper('k'), sorted(q.converters))

r = cp.RawConfigParser(allow_no_value=True, delimiters=(':', '=>'), comment_prefixes=('//',),
                       inline_comment_prefixes=('!',), default_section='common', empty_lines_in_values=False)
r.read_string('[common]\nc => 1\n[s]\nflag\nk: v ! note\nm => a\n  b\n\n  c\n// comment\n')
print(r.sections(), r.items('s'), r.defaults(), list(r), r.get('s', 'flag'))
r.set('s', 'obj', 12)
r.set('s', 'none')
out = io.StringIO()
r.write(out)
print(out.getvalue())
out = io.StringIO()
r.write(out, space_around_delimiters=False)
print(out.getvalue())
r['new'] = {'a': 1, 'b': None}
r['s'] = r['s']
r['common'] = {'c2': 'x'}
print(r.items('new'), r.items('s'), r.defaults(), r.popitem()[0], r.sections())
print(cp.DEFAULTSECT, cp.MAX_INTERPOLATION_DEPTH, sorted(cp.RawConfigParser.BOOLEAN_STATES.items()))
