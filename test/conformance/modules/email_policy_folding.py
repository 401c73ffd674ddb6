# default-policy folding: long headers, encoded words, parameters, utf8
from email.message import EmailMessage
from email import policy
import email

m = EmailMessage()
m['Subject'] = 'A fairly long subject line that will certainly need to be folded somewhere, yes indeed'
m['X-Mixed'] = 'Prefix ascii then ünïcödé words and more ascii words after them to force folding here'
m['X-Long-Word'] = 'short ' + 'y' * 90 + ' end'
m['X-Tabs'] = 'a\tb  c'
m['To'] = ', '.join('Person Number %d <person.number.%d@example.com>' % (i, i) for i in range(4))
m['Cc'] = 'Jörg Müller <jm@example.de>, "Ünïcode, Quoted" <uq@example.de>'
m['Reply-To'] = 'Ascii Name <a@b.example>'
m['Message-ID'] = '<' + 'm' * 90 + '@example.com>'
m.set_content('body\n')
m.add_attachment(b'data', maintype='application', subtype='octet-stream',
                 filename='a very long file name that goes on and on and on and on forever.bin')
m.add_attachment(b'data', maintype='application', subtype='octet-stream',
                 filename='résumé-ünïcödé-näme.pdf')
m.add_attachment(b'data', maintype='application', subtype='octet-stream',
                 filename='ü' * 40 + '.dat')
m.set_boundary('BOUNDARY')
print(m.as_string())
print(m.as_string(policy=policy.default.clone(utf8=True)))
print(str(m)[:200])
print(m.as_string(policy=policy.default.clone(max_line_length=40))[:900])
src = 'Subject: ' + 'word ' * 25 + '\nX-Short: folded\n  value\n\nbody\n'
for name in ('default', 'SMTP'):
    p = getattr(policy, name)
    r = email.message_from_string(src, policy=p)
    print(repr(r.as_string()))
    print(repr(str(r['subject'])), repr(str(r['x-short'])))
r = email.message_from_string(src, policy=policy.default.clone(refold_source='none'))
print(repr(r.as_string()))
r = email.message_from_string(src, policy=policy.default.clone(refold_source='all'))
print(repr(r.as_string()))
