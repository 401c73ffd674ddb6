# email.headerregistry: header objects and their attributes
from email.headerregistry import Address, Group, HeaderRegistry, UnstructuredHeader
from email import policy
import email
import datetime

a = Address('Jane Doe', 'jane', 'example.com')
print(repr(a), str(a), a.addr_spec, a.display_name, a.username, a.domain)
print(str(Address(addr_spec='x.y@z.org')), repr(Address(addr_spec='"odd user"@z.org')))
print(str(Address('Dr. No', 'no', 'x')), str(Address(username='a b', domain='x')), str(Address()))
print(str(Address('Name', '', '')), Address('A', 'a', 'b') == Address('A', 'a', 'b'), Address('A', 'a', 'b') == 'x')
for bad in [dict(addr_spec='a@b c'), dict(display_name='x\ny')]:
    try:
        Address(**bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Address(username='u', addr_spec='a@b')
except TypeError as e:
    print('TypeError', e)
g = Group('Friends', [a, Address('Bo', 'bo', 'x.org')])
print(repr(g), str(g), str(Group(None, [a])), str(Group('Empty')), str(Group('a.b', [])))
reg = HeaderRegistry()
h = reg('To', 'Jane <jane@example.com>, "Smith, Bob" <bob@x.org>, team: a@b, c@d;')
print(type(h).__name__, h.name, repr(str(h)), h.max_count)
print(h.addresses)
print(h.groups)
print(h.defects)
s = reg('Sender', 'one@x')
print(s.address, type(s).__mro__[1].__name__)
try:
    reg('Sender', 'one@x, two@y').address
except ValueError as e:
    print('ValueError', e)
d = reg('Date', 'Tue, 01 Aug 2023 10:00:00 +0200')
print(repr(d.datetime), str(d))
d2 = reg('Date', datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc))
print(str(d2), d2.datetime)
bad = reg('Date', 'not a date')
print(repr(str(bad)), bad.datetime, bad.defects)
ct = reg('Content-Type', 'text/HTML; charset=UTF-8; name="a b.html"')
print(ct.content_type, ct.maintype, ct.subtype, dict(ct.params), str(ct))
cd = reg('Content-Disposition', 'attachment; filename*=utf-8\'\'na%C3%AFve.txt')
print(cd.content_disposition, dict(cd.params), str(cd))
cte = reg('Content-Transfer-Encoding', 'Quoted-Printable')
print(cte.cte, str(cte))
mv = reg('MIME-Version', '1.0')
print(mv.version, mv.major, mv.minor)
u = reg('X-Custom', '=?utf-8?q?caf=C3=A9?= ok')
print(type(u).__name__, str(u))
print(reg['subject'].__name__, reg['X-Whatever'].__name__, reg['cc'].max_count, reg['resent-to'].max_count)
class Shouty(UnstructuredHeader):
    @classmethod
    def parse(cls, value, kwds):
        super().parse(value.upper(), kwds)
reg.map_to_type('x-shout', Shouty)
print(str(reg('X-Shout', 'quiet')))
m = email.message_from_string('To: a@b.c\nFrom: =?utf-8?q?J=C3=B6rg?= <j@x.de>\n\n', policy=policy.default)
print(m['from'].addresses[0].display_name, str(m['from']))
import pickle
p = pickle.loads(pickle.dumps(m['to']))
print(repr(p), type(p).__name__)
