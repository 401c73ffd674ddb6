# email.message.Message (compat32): headers are case-insensitive, ordered, repeatable
from email.message import Message

m = Message()
m['From'] = 'alice@example.com'
m['To'] = 'bob@example.com'
m['Received'] = 'from a by b'
m['received'] = 'from c by d'
m['Subject'] = 'Greetings'
print(len(m), m.keys())
print(m['subject'], m['SUBJECT'], m.get('x-missing'), m.get('x-missing', 'dflt'))
print(m.get_all('Received'), m.get_all('nothing'), m.get_all('nothing', []))
print('from' in m, 'FROM' in m, 'Cc' in m)
print(list(m), m.values())
print(m.items())
del m['received']
print(m.keys())
del m['not-there']
m.replace_header('subject', 'New subject')
print(m.items())
try:
    m.replace_header('X-Nope', 'v')
except KeyError as e:
    print('KeyError', e)
m.add_header('Content-Disposition', 'attachment', filename='bud.gif')
m.add_header('X-Flags', None, seen=None, answered='yes', x_under='u v')
m.add_header('X-Intl', 'inline', filename='Fußball.ppt')
m.add_header('X-Tuple', 'inline', filename=('iso-8859-1', 'de', 'Fußball.ppt'))
for k, v in m.items():
    print(repr(k), repr(v))
m.set_raw('X-Raw', 'raw value')
print(list(m.raw_items())[-1])
print(m.get_unixfrom())
m.set_unixfrom('From nobody Mon Jan  1 00:00:00 2024')
print(m.get_unixfrom())
print(m.as_string(unixfrom=True))
print(str(m) == m.as_string())
