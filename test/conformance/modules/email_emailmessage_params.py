# EmailMessage (default policy): parameters, types, filenames and charsets on header objects
from email.message import EmailMessage
from email import policy
import email

m = EmailMessage()
m['Content-Type'] = 'text/plain'
m.set_param('charset', 'utf-8')
m.set_param('format', 'flowed')
print(m['Content-Type'], dict(m['Content-Type'].params), m.get_params())
m.set_param('name', 'Fußball.txt')
print(repr(str(m['Content-Type'])), m.get_param('name'), m.get_filename())
print(m.as_string())
m.del_param('format')
print(repr(str(m['Content-Type'])))
m.set_type('text/html')
print(m.items())
m['Content-Disposition'] = 'attachment; filename="report final.pdf"'
print(m.get_filename(), m.get_content_disposition(), m.is_attachment(), m['content-disposition'].params)
m.replace_header('Content-Disposition', 'inline')
print(m.is_attachment(), m.get_content_disposition())
m.set_boundary('XYZ')
print(m['content-type'], m.get_boundary())
r = email.message_from_string('Content-Type: multipart/mixed;\n boundary="long-boundary-value";\n charset=us-ascii\n\n--long-boundary-value\n\nx\n--long-boundary-value--\n', policy=policy.default)
print(r.get_boundary(), r.get_content_charset(), r['content-type'].params, r.get_charsets())
print(repr(r.as_string()))
e = EmailMessage()
e.set_content('x' * 100 + '\n', disposition='inline', filename='x.txt', cid='<cid@x>', params={'format': 'fixed'},
              headers=['X-Extra: yes'])
print(e.as_string())
e2 = EmailMessage()
try:
    e2.set_content('x', headers=['Bad Header'])
except Exception as exc:
    print(type(exc).__name__, exc)
