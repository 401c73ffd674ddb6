# email.generator: Generator, BytesGenerator, DecodedGenerator, From_ mangling
import email
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email import policy
import io

m = Message()
m['Subject'] = 'mangle'
m.set_payload('From the start\nmiddle\nFrom again\n')
for mangle in (True, False, None):
    out = io.StringIO()
    Generator(out, mangle_from_=mangle).flatten(m)
    print(repr(out.getvalue()))
out = io.StringIO()
Generator(out, policy=policy.default).flatten(m)
print(repr(out.getvalue()))
out = io.StringIO()
m.set_unixfrom('From x Thu Jan  1 00:00:00 1970')
Generator(out).flatten(m, unixfrom=True, linesep='\r\n')
print(repr(out.getvalue())[:40])
raw = b'Subject: bin\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nb\xc3\xb6dy\n'
bm = email.message_from_bytes(raw)
b = io.BytesIO()
BytesGenerator(b).flatten(bm)
print(b.getvalue())
s = io.StringIO()
Generator(s).flatten(bm)
print(repr(s.getvalue()))
b7 = io.BytesIO()
BytesGenerator(b7, policy=policy.compat32.clone(cte_type='7bit')).flatten(bm)
print(b7.getvalue())
mp = MIMEMultipart(boundary='B')
mp.attach(MIMEText('text part'))
mp.attach(MIMEApplication(b'\x00\x01', Name='x.bin'))
d = io.StringIO()
DecodedGenerator(d).flatten(mp)
print(d.getvalue())
d2 = io.StringIO()
DecodedGenerator(d2, fmt='[%(maintype)s/%(subtype)s %(encoding)s %(description)s]').flatten(mp)
print(d2.getvalue())
g = Generator(io.StringIO())
c = g.clone(io.StringIO())
print(type(c).__name__)
nb = MIMEMultipart()
nb.attach(MIMEText('x'))
text = nb.as_string()
bnd = nb.get_boundary()
print(bnd.startswith('=' * 15), bnd.endswith('=='), len(bnd), text.count(bnd))
emp = MIMEMultipart(boundary='E')
print(emp.as_string())
long_hdr = Message()
long_hdr['X-Long'] = ', '.join('item%d' % i for i in range(30))
long_hdr['X-Long-Unbreakable'] = 'x' * 100
print(long_hdr.as_string(maxheaderlen=50))
out = io.StringIO()
Generator(out, maxheaderlen=60).flatten(long_hdr)
print(out.getvalue())
