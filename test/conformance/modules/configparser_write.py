# configparser: changing a configuration, the mapping protocol, read_dict and write()
import configparser
import io

cp = configparser.ConfigParser()
cp['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
cp['bitbucket.org'] = {}
cp['bitbucket.org']['User'] = 'hg'
cp['topsecret'] = {'Port': '50022', 'ForwardX11': 'no'}
cp.add_section('extra')
cp.set('extra', 'multi', 'line one\nline two')
cp.set('extra', 'Number', '3')
print(list(cp), len(cp), 'topsecret' in cp, 'DEFAULT' in cp, 'nope' in cp)
print(repr(cp['topsecret']), cp['topsecret'].name, cp['topsecret'].parser is cp)
print(list(cp['topsecret']), len(cp['topsecret']), dict(cp['topsecret']))
print('port' in cp['topsecret'], 'compression' in cp['topsecret'], 'x' in cp['topsecret'])
print(cp['topsecret']['PORT'], cp['topsecret'].get('missing'), cp['topsecret'].get('missing', 'fb'))
print(cp['topsecret'].getint('port'), cp['topsecret'].getboolean('forwardx11'), cp['topsecret'].getint('nope', 5))
print(list(cp['DEFAULT']), cp['DEFAULT']['compression'])

out = io.StringIO()
cp.write(out)
print(out.getvalue(), end='|\n')
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue(), end='|\n')

# The written text reads back to the same configuration.
back = configparser.ConfigParser()
back.read_string(out.getvalue())
print(back.sections(), back.get('extra', 'multi') == 'line one\nline two')

print(cp.remove_option('topsecret', 'port'), cp.remove_option('topsecret', 'port'), cp.options('topsecret'))
print(cp.remove_option('DEFAULT', 'compression'), cp.defaults())
print(cp.remove_section('extra'), cp.remove_section('extra'), cp.sections())
del cp['topsecret']
print(cp.sections())
del cp['bitbucket.org']['user']
print(dict(cp['bitbucket.org']))
cp['bitbucket.org']['a'] = 'b'
cp['bitbucket.org'] = cp['bitbucket.org']
print(dict(cp['bitbucket.org']))
cp['bitbucket.org'] = {'replaced': 'yes'}
print(dict(cp['bitbucket.org']))
print(cp.popitem()[0], cp.sections())

# read_dict converts keys and values with str(); None stays a valueless option.
rd = configparser.RawConfigParser(allow_no_value=True)
rd.read_dict({'nums': {1: 2, 'Float': 1.5, 'none': None}, 3: {'k': True}})
print(rd.sections(), rd.items('nums'), rd.items('3'))
out = io.StringIO()
rd.write(out)
print(out.getvalue(), end='|\n')

# Values in RawConfigParser may be anything; ConfigParser insists on strings.
raw = configparser.RawConfigParser()
raw.add_section('s')
raw.set('s', 'n', 42)
print(raw.get('s', 'n'), raw.items('s'))
cp.add_section('bitbucket.org')
for action in [lambda: cp.set('bitbucket.org', 'n', 42), lambda: cp.add_section(5),
               lambda: cp.set('bitbucket.org', 5, 'x'), lambda: cp['bitbucket.org'].__setitem__('k', 1)]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)

# Converters add get<name> methods to the parser and to its sections.
conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string('[s]\nitems = a, b ,c\n')
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), sorted(conv.converters))
conv.converters['upper'] = str.upper
print(conv.getupper('s', 'items'), conv['s'].getupper('items'))
del conv.converters['upper']
print(hasattr(conv, 'getupper'), sorted(conv.converters))

# read() takes a name or several, skips those it cannot open and says which it read.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    first, second = os.path.join(d, 'one.ini'), os.path.join(d, 'two.ini')
    with open(first, 'w') as f:
        f.write('[one]\nk = 1\n')
    with open(second, 'w') as f:
        cp = configparser.ConfigParser()
        cp.read_dict({'two': {'k': '2'}, 'one': {'extra': 'e'}})
        cp.write(f)
    files = configparser.ConfigParser()
    done = files.read([first, os.path.join(d, 'missing.ini'), second], encoding='utf-8')
    print([os.path.basename(n) for n in done], files.sections(), files.items('one'))
    with open(first) as f:
        files.read_file(f)
    print(files.get('one', 'k'))
    try:
        with open(first) as f:
            configparser.ConfigParser().read_file(f) or configparser.ConfigParser().read_string('[x]\n[x]\n')
    except configparser.DuplicateSectionError as e:
        print(type(e).__name__, e)
