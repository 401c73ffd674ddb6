# configparser: BasicInterpolation and ExtendedInterpolation, and their errors
import configparser

basic = configparser.ConfigParser(defaults={'home': '/home/%(user)s', 'user': 'me'})
basic.read_string("""
[paths]
home_dir = /Users
my_dir = %(home_dir)s/lumberjack
my_pictures = %(my_dir)s/Pictures
percent = 100%%
from_default = %(home)s/x
CaseRef = %(HOME_DIR)s
""")
for name in ['my_dir', 'my_pictures', 'percent', 'from_default', 'caseref']:
    print(name, basic.get('paths', name), basic.get('paths', name, raw=True))
print(basic.get('paths', 'my_dir', vars={'home_dir': '/opt'}))
print(basic.items('paths'))
print(basic.items('paths', raw=True)[:2])
print(basic['paths']['my_pictures'], basic['paths'].get('percent', raw=True))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
dollars: $$5
""")
for name in ['my_dir', 'my_pictures', 'python_dir', 'dollars']:
    print(name, ext.get('Arthur', name))
print(ext.get('frameworks', 'path'))

raw = configparser.RawConfigParser()
raw.read_string('[s]\nv = %(x)s and ${y}\n')
print(raw.get('s', 'v'))
none = configparser.ConfigParser(interpolation=None)
none.read_string('[s]\nv = %(x)s 100%\n')
print(none.get('s', 'v'))

bad = configparser.ConfigParser()
bad.read_string("""
[s]
missing = %(nothere)s
syntax = %(broken
lone = 50% off
loop1 = %(loop2)s
loop2 = %(loop1)s
""")
for name in ['missing', 'syntax', 'lone', 'loop1']:
    try:
        bad.get('s', name)
    except configparser.Error as e:
        print(type(e).__name__, e)
        print(isinstance(e, configparser.InterpolationError), e.option, e.section, e.args)
try:
    bad.items('s')
except configparser.Error as e:
    print(type(e).__name__, e)

for value in ['50%', '%(ok)s %', '%%ok', 'a%b', '%(x)s']:
    try:
        bad.set('s', 'new', value)
        print('set', value)
    except ValueError as e:
        print(type(e).__name__, e)

xbad = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
xbad.read_string("""
[s]
missing = ${nothere}
nosection = ${other:x}
twocolons = ${a:b:c} tail
syntax = ${broken
lone = $5
loop = ${loop}
""")
for name in ['missing', 'nosection', 'twocolons', 'syntax', 'lone', 'loop']:
    try:
        xbad.get('s', name)
    except configparser.Error as e:
        print(type(e).__name__, e)
for value in ['$5', '${x} $', '$$ok']:
    try:
        xbad.set('s', 'new', value)
        print('set', value)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    configparser.ConfigParser(interpolation=5)
except TypeError as e:
    print(type(e).__name__, e)
