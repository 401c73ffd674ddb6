# building messages with email.mime and writing them out
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email import encoders

t = MIMEText('Hello, world!\nSecond line.\n')
print(t.as_string())
u = MIMEText('Grüße aus Köln\n', 'plain', 'utf-8')
print(u.as_string())
h = MIMEText('<p>caf\xe9</p>', 'html', 'iso-8859-1')
print(h.as_string())
auto = MIMEText('naïve')
print(auto['Content-Type'], auto['Content-Transfer-Encoding'])

outer = MIMEMultipart(boundary='===BOUNDARY===')
outer['Subject'] = 'Report'
outer['From'] = 'Alice <alice@example.com>'
outer['To'] = 'bob@example.com, carol@example.com'
outer.preamble = 'This is a MIME message.'
outer.attach(MIMEText('See attached.\n'))
att = MIMEApplication(b'\x00\x01binary data\xff' * 5, Name='data.bin')
att.add_header('Content-Disposition', 'attachment', filename='data.bin')
outer.attach(att)
outer.attach(MIMEApplication(b'{"a": 1}', 'json', encoders.encode_7or8bit))
print(outer.as_string())
print(outer.as_bytes()[:60])

alt = MIMEMultipart('alternative', 'ALT', [MIMEText('plain'), MIMEText('<b>html</b>', 'html')])
print(alt.as_string())
b = MIMEBase('application', 'pdf', name='x.pdf')
b.set_payload(b'%PDF-1.4 fake')
encoders.encode_base64(b)
print(b.as_string())
inner = MIMEText('inner body')
inner['Subject'] = 'inner'
wrapped = MIMEMessage(inner)
print(wrapped.as_string())
try:
    t.attach(inner)
except Exception as e:
    print(type(e).__name__, e)
try:
    MIMEMessage('not a message')
except TypeError as e:
    print('TypeError', e)
png = b'\x89PNG\r\n\x1a\n' + bytes(20)
print(MIMEImage(png)['Content-Type'], MIMEImage(b'GIF89a' + bytes(10))['Content-Type'])
try:
    MIMEImage(b'nothing')
except TypeError as e:
    print('TypeError', e)
wav = b'RIFF\x00\x00\x00\x00WAVEfmt ' + bytes(20)
print(MIMEAudio(wav)['Content-Type'])
nm = MIMENonMultipart('text', 'csv', charset='utf-8')
print(nm.items())
