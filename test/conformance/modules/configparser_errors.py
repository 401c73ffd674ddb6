# configparser: the exceptions, their messages and attributes
import configparser

cp = configparser.ConfigParser()
cp.read_string('[a]\nx = 1\n')

def attempt(label, f):
    try:
        result = f()
        print(label, 'ok', result)
    except (configparser.Error, KeyError, ValueError) as e:
        print(label, type(e).__name__, e)
        return e

e = attempt('get no section', lambda: cp.get('b', 'x'))
print(e.section, e.args, e.message, repr(e), isinstance(e, configparser.Error))
e = attempt('get no option', lambda: cp.get('a', 'Y'))
print(e.option, e.section, e.args)
attempt('getint no option', lambda: cp.getint('a', 'y'))
attempt('getint bad', lambda: cp.getint('a', 'x', fallback=0) + cp.getint('DEFAULT', 'x', fallback=2))
cp.set('a', 'word', 'abc')
attempt('getint value', lambda: cp.getint('a', 'word'))
attempt('getfloat value', lambda: cp.getfloat('a', 'word', fallback=1.0))
attempt('options', lambda: cp.options('b'))
attempt('items', lambda: cp.items('b'))
attempt('set', lambda: cp.set('b', 'x', 'y'))
attempt('remove_option', lambda: cp.remove_option('b', 'x'))
e = attempt('add_section dup', lambda: cp.add_section('a'))
print(e.section, e.source, e.lineno, e.args)
attempt('add_section default', lambda: cp.add_section('DEFAULT'))
attempt('getitem', lambda: cp['b'])
attempt('proxy getitem', lambda: cp['a']['nope'])
attempt('proxy delitem', lambda: cp['a'].__delitem__('nope'))
attempt('delitem', lambda: cp.__delitem__('b'))
attempt('delitem default', lambda: cp.__delitem__('DEFAULT'))
attempt('popitem empty', lambda: configparser.ConfigParser().popitem())

def read(text, **kw):
    p = configparser.ConfigParser(**kw)
    return p.read_string(text, source='cfg.ini')

e = attempt('no header', lambda: read('x = 1\n[a]\n'))
print(e.source, e.lineno, repr(e.line), e.args, isinstance(e, configparser.ParsingError))
e = attempt('dup section', lambda: read('[a]\n[b]\n[a]\n'))
print(e.section, e.source, e.lineno)
attempt('dup section far', lambda: read('[a]\n' + '\n' * 12 + '[a]\n'))
e = attempt('dup option', lambda: read('[a]\nx = 1\nX = 2\n'))
print(e.section, e.option, e.source, e.lineno, e.args)
attempt('not strict', lambda: read('[a]\nx = 1\nX = 2\n[a]\ny = 3\n', strict=False))
e = attempt('parsing', lambda: read('[a]\nx = 1\nnot an option\n= no name\n\n  indented\n[b]\n?\n'))
print(e.source, e.errors, e.args)
attempt('dup in dict', lambda: configparser.ConfigParser().read_dict({'a': {'x': 1, 'X': 2}}))
attempt('dict then dict', lambda: configparser.ConfigParser().read_dict({'a': {'x': 1}}) or 'twice')
p = configparser.ConfigParser()
p.read_string('[a]\nx = 1\n')
attempt('reread', lambda: p.read_string('[a]\nx = 2\n') or p.get('a', 'x'))

print(configparser.DuplicateSectionError('s'), configparser.DuplicateOptionError('s', 'o'))
print(configparser.DuplicateSectionError('s', 'src'), configparser.DuplicateOptionError('s', 'o', 'src', 3))
print(configparser.NoOptionError('o', 's'), configparser.InterpolationError('o', 's', 'msg'))
print(configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref').reference)
print(configparser.InterpolationDepthError('o', 's', 'raw'))
pe = configparser.ParsingError('src')
pe.append(3, "'line'")
pe.append(12, "'other'")
print(pe, pe.errors, pe.source)
print(configparser.Error(), repr(configparser.Error('m')), configparser.Error('m').args)
for name in ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
             'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
             'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError']:
    cls = getattr(configparser, name)
    print(name, [c.__name__ for c in cls.__mro__[1:-2]])
