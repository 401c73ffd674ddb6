# what each policy changes in the output
import email
from email import policy
from email.message import Message, EmailMessage
from email.generator import Generator, BytesGenerator
import io

print(repr(policy.default), repr(policy.SMTP), repr(policy.HTTP), repr(policy.strict), repr(policy.compat32))
print(policy.default.max_line_length, policy.SMTP.linesep == '\r\n', policy.HTTP.max_line_length,
      policy.strict.raise_on_defect, policy.compat32.mangle_from_, policy.default.mangle_from_)
p = policy.default.clone(max_line_length=40)
print(repr(p), p.max_line_length)
print(repr(policy.default + policy.SMTP))
try:
    policy.default.linesep = '\r\n'
except AttributeError as e:
    print('AttributeError', e)
try:
    policy.default.clone(bogus=1)
except TypeError as e:
    print('TypeError', e)
try:
    policy.default.nothing = 1
except AttributeError as e:
    print('AttributeError', e)

src = ('From: a@b.example\nTo: c@d.example\nSubject: ' + 'long subject words ' * 6 +
       '\nX-Folded: first\n second\n\nFrom the start\nbody\n')
for name in ('compat32', 'default', 'SMTP', 'strict'):
    pol = getattr(policy, name)
    m = email.message_from_string(src, policy=pol)
    print(name, type(m).__name__, type(m['subject']).__name__)
    print(repr(m.as_string()))
    print(repr(m.as_bytes()))
    out = io.StringIO()
    Generator(out, mangle_from_=True, maxheaderlen=30).flatten(m)
    print(repr(out.getvalue()))
m = email.message_from_string(src)
print(repr(m.as_string(policy=policy.SMTP)))
print(repr(m.as_string(maxheaderlen=40)))
b = io.BytesIO()
BytesGenerator(b, policy=policy.SMTP).flatten(m)
print(b.getvalue())
dup = EmailMessage()
dup['Subject'] = 'one'
try:
    dup['Subject'] = 'two'
except ValueError as e:
    print('ValueError', e)
try:
    dup['X-Bad'] = 'line1\nline2'
except ValueError as e:
    print('ValueError', e)
c = Message()
c['Subject'] = 'one'
c['Subject'] = 'two'
print(c.get_all('subject'))
try:
    email.message_from_string('Content-Type: multipart/mixed\n\nx', policy=policy.strict)
except Exception as e:
    print(type(e).__name__)
