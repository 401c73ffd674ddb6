# parsing messages: Parser, BytesParser, HeaderParser, message_from_*
import email
from email.parser import Parser, BytesParser, HeaderParser, BytesHeaderParser
from email import policy
import io

src = """From nobody Mon Jan  1 00:00:00 2024
Return-Path: <alice@example.com>
Received: from mail.example.com
\tby mx.example.org; Mon, 1 Jan 2024 00:00:00 +0000
From: Alice <alice@example.com>
To: Bob <bob@example.com>
Subject: Meeting
 notes
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

This is the preamble.
--XX
Content-Type: text/plain; charset=us-ascii

Body line 1
From here on

--XX
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

R3LDvMOfZQo=
--XX
Content-Type: message/rfc822

Subject: inner

inner text
--XX--
Epilogue here.
"""
m = email.message_from_string(src)
print(type(m).__name__, m.get_unixfrom())
print(m.keys())
print(repr(m['Received']), repr(m['subject']))
print(m.is_multipart(), len(m.get_payload()), repr(m.preamble), repr(m.epilogue))
for part in m.walk():
    print(part.get_content_type(), repr(part.get_payload()) if not part.is_multipart() else '[multi]')
print(m.get_payload(1).get_payload(decode=True).decode('utf-8'))
print(m.get_payload(2).get_payload(0)['subject'])
print(m.defects)
print(m.as_string() == src[src.index('\n') + 1:])
print(m.as_string(unixfrom=True) == src)

h = HeaderParser().parsestr(src)
print(h.is_multipart(), len(h.get_payload()))
b = BytesParser().parsebytes(src.encode())
print(b['subject'], b.get_payload(0).get_payload())
bh = BytesHeaderParser().parse(io.BytesIO(b'Subject: x\n\nbody'))
print(repr(bh.get_payload()))
f = Parser().parse(io.StringIO('Subject: from file\n\nbody text\n'))
print(f['subject'], repr(f.get_payload()))
mb = email.message_from_bytes(b'Subject: bytes\nX: caf\xc3\xa9\n\nb\xc3\xb6dy\n')
print(type(mb['X']).__name__, repr(str(mb['X'])), repr(mb.get_payload()))
print(mb.as_bytes())
d = email.message_from_string('Subject: d\n\n', policy=policy.default)
print(type(d).__name__, repr(d.get_payload()))
broken = email.message_from_string('Subject: x\nnot a header line\n\nbody\n')
print(broken.keys(), repr(broken.get_payload()), broken.defects)
nob = email.message_from_string('Content-Type: multipart/mixed\n\nno boundary\n')
print(nob.defects, repr(nob.get_payload()))
cont = email.message_from_string(' leading\nSubject: s\n\nb')
print(cont.defects, cont.keys())
crlf = email.message_from_string('Subject: crlf\r\nX: y\r\n\r\nline1\r\nline2\r\n')
print(crlf.items(), repr(crlf.get_payload()))
fm = email.message_from_file(io.StringIO('A: 1\n\nx'))
print(fm['a'])
