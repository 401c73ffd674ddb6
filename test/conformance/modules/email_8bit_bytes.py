# messages with raw 8-bit bytes: parsed from bytes, written as text (re-encoded) and as bytes
import email
from email import policy
from email.header import decode_header, make_header
from email.generator import Generator, BytesGenerator
import io

raw = (b'From: =?iso-8859-1?q?J=F6rg?= <j@example.de>\n'
       b'Subject: =?utf-8?b?R3LDvMOfZQ==?= und =?iso-8859-1?q?Gr=FC=DFe?=\n'
       b'X-Raw: caf\xe9 8bit header\n'
       b'MIME-Version: 1.0\n'
       b'Content-Type: text/plain; charset="iso-8859-1"\n'
       b'Content-Transfer-Encoding: 8bit\n'
       b'\n'
       b'Gr\xfc\xdfe aus K\xf6ln\nFrom here\n')
m = email.message_from_bytes(raw)
print(decode_header(m['Subject']))
print(str(make_header(decode_header(m['Subject']))), '|', str(make_header(decode_header(m['From']))))
print(repr(m.get_payload()), m.get_payload(decode=True))
print(type(m['X-Raw']).__name__, repr(str(m['X-Raw'])))
print(m.as_string())
out = io.BytesIO()
BytesGenerator(out).flatten(m)
print(out.getvalue() == raw, out.getvalue())
out7 = io.BytesIO()
BytesGenerator(out7, policy=policy.compat32.clone(cte_type='7bit')).flatten(m)
print(out7.getvalue())
d = email.message_from_bytes(raw, policy=policy.default)
print(d['subject'], '|', d['from'], '|', repr(str(d['x-raw'])))
print(repr(d.get_content()))
print(d.as_bytes() == raw)
print(d.as_string())
u = email.message_from_bytes(b'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nna\xc3\xafve \xff\n',
                             policy=policy.default)
print(repr(u.get_content()), u.defects)
