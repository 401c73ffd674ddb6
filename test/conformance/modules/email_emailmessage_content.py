# EmailMessage: set_content/get_content, add_attachment, alternatives, get_body
from email.message import EmailMessage
from email import policy
import email

m = EmailMessage()
m['From'] = 'Alice Example <alice@example.com>'
m['To'] = 'Bob <bob@example.com>, carol@example.com'
m['Subject'] = 'Lunch?'
m.set_content('Hi Bob,\n\nLunch at noon?\n\n-- Alice\n')
print(m.as_string())
print(repr(m.get_content()), m.get_content_type(), m['Content-Type'].params)
print(m.is_multipart(), m['MIME-Version'], m['Content-Transfer-Encoding'].cte)

u = EmailMessage()
u.set_content('Grüße, naïve café!\n')
print(u.as_string())
print(repr(u.get_content()))
l = EmailMessage()
l.set_content('é' * 100 + '\n')
print(l.as_string())
print(l.get_content() == 'é' * 100 + '\n')
q = EmailMessage()
q.set_content('A long ascii line that needs wrapping ' * 4 + 'é\n')
print(q.as_string())
b7 = EmailMessage()
b7.set_content('force\n', cte='base64')
print(b7.as_string())
h = EmailMessage()
h.set_content('<p>Hi</p>\n', subtype='html')
print(h.as_string())

m.add_alternative('<p>Lunch at <b>noon</b>?</p>\n', subtype='html')
print(m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
m.get_payload()[0]  # part access
m.add_attachment(b'PNGDATA\x00\x01\x02', maintype='image', subtype='png', filename='pic.png')
m.add_attachment('a,b\n1,2\n', subtype='csv', filename='data.csv')
print(m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
print([a.get_filename() for a in m.iter_attachments()])
print(m.get_body().get_content_type(), m.get_body(('plain',)).get_content_type())
print([a.is_attachment() for a in m.iter_attachments()])
att = list(m.iter_attachments())[0]
print(att.get_content(), att['Content-Disposition'], att.get_content_disposition())
m.set_boundary('OUTER')
m.get_payload()[0].set_boundary('INNER')
print(m.as_string())
r = email.message_from_string(m.as_string(), policy=policy.default)
print(r.get_body(preferencelist=('html', 'plain')).get_content())
print([p.get_filename() for p in r.iter_attachments()])
print(r.get_body(('plain',)).get_content())
try:
    r.set_content('x')
except TypeError as e:
    print('TypeError', e)
e = EmailMessage()
e.make_mixed()
print(e.items(), e.get_payload())
e.clear()
print(e.items(), e.get_payload())
inner = EmailMessage()
inner['Subject'] = 'fwd'
inner.set_content('forwarded\n')
outer = EmailMessage()
outer.set_content(inner)
print(outer.as_string())
print(outer.get_content()['subject'])
