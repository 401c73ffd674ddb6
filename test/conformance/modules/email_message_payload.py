# payloads: set/get, decode, charsets, attach, walk
from email.message import Message
from email import encoders

m = Message()
print(m.get_payload(), m.is_multipart())
m.set_payload('Hello\nworld\n')
print(repr(m.get_payload()), repr(m.get_payload(decode=True)))
m['Content-Transfer-Encoding'] = 'base64'
m.set_payload('SGVsbG8gd29ybGQ=\n')
print(m.get_payload(decode=True))
m.replace_header('Content-Transfer-Encoding', 'quoted-printable')
m.set_payload('caf=C3=A9 =\nsoft\n')
print(m.get_payload(decode=True))
m.replace_header('Content-Transfer-Encoding', 'x-uuencode')
m.set_payload('begin 666 f\n%:&5L;&\\*\n`\nend\n')
print(m.get_payload(decode=True))
t = Message()
t.set_payload('Grüße\n', 'utf-8')
print(t.items(), repr(t.get_payload()), t.get_payload(decode=True), t.get_charset())
q = Message()
q.set_payload('naïve café\n', 'iso-8859-1')
print(q.items(), repr(q.get_payload()), q.get_payload(decode=True))
a = Message()
a.set_payload('plain ascii\n', 'us-ascii')
print(a.items(), repr(a.get_payload()))
b = Message()
b.set_payload(b'\x00\x01\x02binary')
encoders.encode_base64(b)
print(b.items(), repr(b.get_payload()), b.get_payload(decode=True))
c = Message()
c.set_payload(b'caf\xe9 x\tend')
encoders.encode_quopri(c)
print(c.items(), repr(c.get_payload()))
d = Message()
d.set_payload('ascii')
encoders.encode_7or8bit(d)
print(d.items())
root = Message()
root['Content-Type'] = 'multipart/mixed'
p1 = Message(); p1.set_payload('one')
p2 = Message(); p2['Content-Type'] = 'text/html'; p2.set_payload('<b>two</b>')
root.attach(p1)
root.attach(p2)
print(root.is_multipart(), len(root.get_payload()), root.get_payload(1).get_payload())
print(root.get_payload(decode=True))
print([part.get_content_type() for part in root.walk()])
try:
    p1.attach(p2)
except TypeError as e:
    print('TypeError', e)
try:
    p1.get_payload(0)
except TypeError as e:
    print('TypeError', e)
from email.iterators import _structure, typed_subpart_iterator, body_line_iterator
_structure(root)
print([p.get_payload() for p in typed_subpart_iterator(root, 'text', 'html')])
print(list(body_line_iterator(root)))
