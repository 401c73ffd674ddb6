# configparser: reading INI text (comments, continuations, DEFAULT, options) and querying it
import configparser

TEXT = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg
path: /usr/local
multi = first line
   second line

   after a blank line
empty =

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio = 0.75
  # indented comment line
[spaces in name]
key with spaces = value with spaces
colon: in:value
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print(cp.options('bitbucket.org'))
print(cp.has_section('bitbucket.org'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.has_option('bitbucket.org', 'USER'), cp.has_option('bitbucket.org', 'compression'),
      cp.has_option('nope', 'user'), cp.has_option('', 'compression'), cp.has_option('DEFAULT', 'user'))
print(repr(cp.get('bitbucket.org', 'multi')))
print(repr(cp.get('bitbucket.org', 'empty')), repr(cp.get('bitbucket.org', 'path')))
print(cp.getint('topsecret.server.com', 'port'), cp.getfloat('topsecret.server.com', 'ratio'))
print(cp.getboolean('topsecret.server.com', 'forwardx11'), cp.getboolean('bitbucket.org', 'ForwardX11'))
print(cp.getint('topsecret.server.com', 'missing', fallback=7), cp.get('nope', 'x', fallback='fb'))
print(cp.getboolean('nope', 'x', fallback=None), cp.get('bitbucket.org', 'user', fallback='unused'))
print(cp.items('topsecret.server.com'))
print(cp.items('DEFAULT'))
print([(name, proxy.name) for name, proxy in cp.items()])
print(cp.get('spaces in name', 'key with spaces'), cp.get('spaces in name', 'colon'))
print(cp.get('bitbucket.org', 'user', vars={'user': 'override'}))
print(cp.items('bitbucket.org', vars={'User': 'v', 'extra': 'x'}))

for value in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off', 'maybe']:
    cp.set('bitbucket.org', 'flag', value)
    try:
        print(value, cp.getboolean('bitbucket.org', 'flag'))
    except ValueError as e:
        print(value, type(e).__name__, e)

# Options without values, other delimiters and comment prefixes, inline comments.
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=('->',), comment_prefixes=('//',),
                                   inline_comment_prefixes=('#', ';'))
raw.read_string("""
[s]
flag
key -> value # trailing comment
semi -> a;b ;c #d
// whole-line comment
# not a comment here -> yes
url -> http://x#frag
""")
print(raw.items('s'))
print(raw.get('s', 'flag'))

nv = configparser.ConfigParser(empty_lines_in_values=False, strict=False, default_section='common')
nv.read_string("[common]\na = 1\n[x]\nv = one\n  two\n\n  three = 3\n[x]\nv = again\n")
print(nv.sections(), nv.items('x'), nv.default_section)

# Reading from an iterable of lines, with the source name used in errors.
cp2 = configparser.ConfigParser()
cp2.read_file(['[a]\n', 'k = v\n', '  more\n'], source='lines.ini')
print(cp2['a']['k'].split('\n'))
print(cp2.read([]), cp2.read('no-such-file.ini'))

# A custom optionxform keeps the case of option names.
cs = configparser.RawConfigParser()
cs.optionxform = str
cs.read_string('[S]\nCamelCase = 1\n')
print(cs.options('S'), cs.has_option('S', 'camelcase'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
