# address headers under the default policy: parsing, normalising, attributes
from email.message import EmailMessage
from email import policy
import email

values = ['a@b.example', 'Alice <alice@x.example>', '"Doe, Jane" <jd@x.example>', 'bob@x.example (Bob B)',
          '(lead) carol@x.example', '"quoted.local"@x.example', 'Dr. Who <who@x.example>',
          'x@[10.0.0.1]', '=?utf-8?q?J=C3=B6rg?= <j@x.de>', 'team: a@x.example, B <b@x.example>;',
          'empty:;', 'a@x.example, , b@x.example', '<bare@x.example>', 'Name With  Spaces   <s@x.example>',
          '"a\\"b" <q@x.example>', 'first.last@sub.domain.example']
for v in values:
    m = EmailMessage()
    m['To'] = v
    h = m['To']
    print(repr(v), '->', repr(str(h)))
    print('   ', [(a.display_name, a.username, a.domain, a.addr_spec) for a in h.addresses],
          [(g.display_name, len(g.addresses)) for g in h.groups])
    print('   ', repr(m.as_string()))
src = 'From: Ann <ann@x.example>\nTo: "B, C" <bc@x.example>, d@x.example\nCc: \nBcc: list: e@x.example;\n\nbody\n'
p = email.message_from_string(src, policy=policy.default)
for k in ('from', 'to', 'cc', 'bcc'):
    print(k, repr(str(p[k])), p[k].addresses)
print(p['from'].addresses[0] == email.headerregistry.Address('Ann', 'ann', 'x.example'))
for v in ['<@route:a@b.example>', 'not an address', '@b', 'a@b@c', 'Name <>', '"unterminated <a@b>',
          'a b c', 'x@y.example (c1) (c2)', 'a@b.example,', ', a@b.example', 'ünï@x.example', 'A <a@b.example> trailing']:
    m = EmailMessage()
    m['To'] = v
    h = m['To']
    print(repr(v), repr(str(h)), [(a.display_name, a.username, a.domain) for a in h.addresses], bool(h.defects))
