# Content-Type and its parameters on a compat32 Message
from email.message import Message

m = Message()
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype())
print(m.get_default_type(), m.get_params(), m.get_param('charset'))
m['Content-Type'] = 'Text/HTML; charset="UTF-8"; format=flowed'
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype())
print(m.get_params())
print(m.get_params(unquote=False))
print(m.get_param('charset'), m.get_param('FORMAT'), m.get_param('x', 'none'))
print(m.get_content_charset(), m.get_charsets())
m.set_param('charset', 'iso-8859-1')
print(m['content-type'])
m.set_param('delsp', 'yes')
print(m['content-type'])
m.set_param('name', 'a file.txt', requote=False)
print(m['content-type'])
m.del_param('format')
print(m['content-type'])
m.set_param('title', 'Fußball', charset='utf-8', language='de')
print(m['content-type'])
print(m.get_param('title'))
m.set_type('text/plain')
print(m.items())
try:
    m.set_type('bogus')
except ValueError as e:
    print('ValueError', repr(e))
m2 = Message()
m2['Content-Type'] = 'bogus'
print(m2.get_content_type())
m2.set_default_type('message/rfc822')
m3 = Message()
m3.set_default_type('message/rfc822')
print(m3.get_content_type())
m4 = Message()
m4['Content-Disposition'] = 'Attachment; filename="report.pdf"'
print(m4.get_filename(), m4.get_content_disposition())
m5 = Message()
m5['Content-Type'] = 'application/octet-stream; name="data.bin"'
print(m5.get_filename(), m5.get_filename('x'), Message().get_filename('none'))
m6 = Message()
m6['Content-Type'] = 'multipart/mixed; boundary="BOUND"'
print(m6.get_boundary())
m6.set_boundary('NEW')
print(m6['content-type'])
m7 = Message()
m7['Content-Type'] = "text/plain; title*=us-ascii'en'This%20is%20%2A%2A%2Afun%2A%2A%2A"
print(m7.get_param('title'), m7.get_filename())
m8 = Message()
m8['Content-Type'] = 'text/plain; name*0="cont"; name*1="inued.txt"'
print(m8.get_param('name'), m8.get_filename())
try:
    Message().set_boundary('x')
except Exception as e:
    print(type(e).__name__, e)
