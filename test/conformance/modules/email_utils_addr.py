# email.utils: addresses, quoting, RFC 2231
from email import utils

for a in ['alice@example.com', 'Alice <alice@example.com>', '"Doe, John" <jdoe@example.com>',
          'bob@example.com (Bob Smith)', '<root@localhost>', '', 'not an address',
          'A B C <abc@x.y>, second@z', '"quoted \\"name\\"" <q@x>', 'x@[127.0.0.1]',
          'Group: a@b, c@d;', 'Ann <ann @ example . com>', 'joe@', '@x.com']:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(['Alice <a@x.com>, b@y.org', 'Group: c@d.e, "F G" <f@g>;', '']))
print(utils.getaddresses(['a@b (one), c@d (two)']))
for pair in [('Alice', 'alice@example.com'), ('', 'bare@example.com'), ('Doe, John', 'j@d.org'),
             ('Quote "q"', 'q@x'), ('Back\\slash', 'b@x'), ('Jörg', 'j@x.de'), ('Dr. Who', 'who@x')]:
    print(utils.formataddr(pair))
print(utils.formataddr(('Jörg', 'j@x.de'), 'iso-8859-1'))
try:
    utils.formataddr(('x', 'jörg@x'))
except UnicodeError as e:
    print(type(e).__name__)
print(utils.quote('a "b" \\c'), utils.unquote('"a \\"b\\" \\\\c"'), utils.unquote('<x@y>'), utils.unquote('plain'))
print(utils.encode_rfc2231('a b/c'), utils.encode_rfc2231('Fußball.ppt', 'utf-8'),
      utils.encode_rfc2231('x y', 'us-ascii', 'en'))
print(utils.decode_rfc2231("utf-8'de'Fu%C3%9Fball"), utils.decode_rfc2231('plain'))
print(utils.collapse_rfc2231_value(('utf-8', 'de', 'Fu\xc3\x9fball')), utils.collapse_rfc2231_value('"q"'))
print(utils.decode_params([('text/plain', ''), ('charset', '"utf-8"'), ('name*0*', "utf-8''a%C3%A9"), ('name*1', 'b')]))
from email._parseaddr import AddressList
al = AddressList('a@b, c@d') + AddressList('c@d, e@f')
print(len(al), al.addresslist, al[0], (al - AddressList('a@b')).addresslist)
