# a newsletter: built with EmailMessage, written, parsed back with both policies, inspected
import email
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, make_msgid, parseaddr
from email.headerregistry import Address
import datetime

msg = EmailMessage()
msg['Subject'] = 'Monthly report — März'
msg['From'] = Address('Zoë Example', 'zoe', 'example.org')
msg['To'] = [Address('Bob', 'bob', 'example.com'), Address('Ann Lee', 'ann.lee', 'example.net')]
msg['Date'] = format_datetime(datetime.datetime(2024, 3, 1, 9, 30, tzinfo=datetime.timezone.utc))
msg['Message-ID'] = '<report-2024-03@example.org>'
msg['X-Mailer'] = 'tpy-newsletter 1.0'
msg.set_content('Hello,\n\nthe numbers for March are in.\n\nRegards,\nZoë\n')
msg.add_alternative('<html><body><p>Hello,</p><p>the numbers for <b>March</b> are in.</p></body></html>\n',
                    subtype='html')
msg.add_attachment('month,total\n2024-03,1234\n', subtype='csv', filename='report.csv')
msg.add_attachment(bytes(range(256)), maintype='application', subtype='octet-stream',
                   filename='raw.bin')
msg.set_boundary('==OUTER==')
msg.get_payload(0).set_boundary('==ALT==')
text = msg.as_string()
print(text)
wire = msg.as_bytes(policy=policy.SMTP)
print(len(wire), wire.count(b'\r\n'), wire[:80])

for pol in (policy.default, policy.compat32):
    back = email.message_from_bytes(wire, policy=pol)
    print('==', type(back).__name__, back['subject'], '|', back['from'], '|', back['to'])
    print([part.get_content_type() for part in back.walk()])
    for part in back.walk():
        if part.get_filename():
            data = part.get_payload(decode=True)
            print(part.get_filename(), len(data), data[:12])
    print(back.get_content_charset(), back.get_boundary(), back.is_multipart(), len(back.defects))
    print(parseaddr(str(back['from'])))

back = email.message_from_string(text, policy=policy.default)
body = back.get_body(preferencelist=('plain',))
print(repr(body.get_content()))
print(back.get_body().get_content_type())
print([(a.get_filename(), a.get_content_type(), a.get_content_disposition()) for a in back.iter_attachments()])
print(back['to'].addresses[1].display_name, back['from'].addresses[0].username, back['date'].datetime.year)
print(formataddr(('Zoë', 'zoe@example.org')), make_msgid(domain='x.org').endswith('@x.org>'))
print(back.as_string() == text)
