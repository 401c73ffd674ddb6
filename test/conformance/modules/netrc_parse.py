# netrc: machines, default, macdef, comments, quoting and escapes, repr, parse errors with their line numbers
import netrc
import os
import tempfile

def parse(text):
    fd, path = tempfile.mkstemp()
    with os.fdopen(fd, 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
        print(sorted(n.hosts.items()), n.macros)
        return n
    except netrc.NetrcParseError as e:
        print('NetrcParseError', str(e).replace(path, 'FILE'), e.msg, e.lineno, e.filename == path)
    finally:
        os.remove(path)

n = parse('machine host.one login alice password secret\n'
          'machine host.two\n\tlogin bob\n\taccount acct\n\tpassword "pa ss\\"word"\n'
          'default login anon password guest\n'
          'macdef init\ncd /pub\nbinary\n\nmachine last user carol password p\\ w\n')
print(n.authenticators('host.one'), n.authenticators('host.two'), n.authenticators('nowhere'))
print(repr(n))
parse('machine a login x password y # trailing comment\nmachine b login z\n')
parse('machine a login x #notcomment password y\n')
parse('machine a login x\n# a comment line\n')
parse('')
parse('# only a comment')
parse('machine\n')
parse('machine a login x\nbogus token\n')
parse('machine a login x\n\n\nfoo bar\n')
parse('machine a\n  login x\n  port 21\n')
parse('macdef m\nline one\nno terminator')
parse('macdef m\nline\n\n# c\n#\n\nmachine m2 password "unterminated')
parse('machine "quoted host" login "a\\\\b"\n')
p = parse('machine a login x\n')
print(p.authenticators('other'))
try:
    netrc.netrc('/nonexistent/netrc')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(netrc.__all__, issubclass(netrc.NetrcParseError, Exception))
e = netrc.NetrcParseError('msg')
print(str(e), e.filename, e.lineno)
home = tempfile.mkdtemp()
os.environ['HOME'] = home
path = os.path.join(home, '.netrc')
with open(path, 'w') as f:
    f.write('machine h login me password pw\nmachine anon login anonymous password x\n')
for mode in (0o644, 0o600):
    os.chmod(path, mode)
    try:
        print(netrc.netrc().hosts)
    except netrc.NetrcParseError as e:
        print('NetrcParseError', e)
os.remove(path)
os.rmdir(home)
