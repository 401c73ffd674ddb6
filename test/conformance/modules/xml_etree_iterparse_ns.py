# xml.etree.ElementTree: iterparse, XMLPullParser events and namespaces on input and output
import xml.etree.ElementTree as ET
import io, os, tempfile

src = '''<?xml version="1.0"?>
<feed xmlns="urn:atom" xmlns:m="urn:media">
  <!-- first -->
  <entry id="1"><title>One</title><m:thumb url="a.png"/></entry>
  <?proc data?>
  <entry id="2"><title>Two</title></entry>
</feed>'''

def label(ev, el):
    if ev in ('start', 'end'):
        return (ev, el.tag)
    if ev in ('comment', 'pi'):
        return (ev, el.text)
    return (ev, el)

print([label(ev, el) for ev, el in ET.iterparse(io.StringIO(src))])
it = ET.iterparse(io.BytesIO(src.encode()), events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
print(it.root)
for ev, el in it:
    print(label(ev, el))
print(it.root.tag, len(it.root))

# clearing elements while iterating keeps memory flat
count = 0
for ev, el in ET.iterparse(io.StringIO('<r>' + '<i>x</i>' * 50 + '</r>')):
    if el.tag == 'i':
        count += 1
        el.clear()
print(count)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.xml')
    with open(path, 'w') as f:
        f.write(src)
    print([el.get('id') for ev, el in ET.iterparse(path) if el.tag == '{urn:atom}entry'])

pp = ET.XMLPullParser(events=('start', 'end'))
for chunk in ['<a x="1"', '><b>t', 'ext</b', '><c/>', '</a>']:
    pp.feed(chunk)
    print(repr(chunk), [(ev, el.tag) for ev, el in pp.read_events()])
pp.close()

# namespaces in parsed names
r = ET.fromstring(src)
print(r.tag, [c.tag for c in r], r[0][1].attrib)
print(ET.fromstring('<a xml:lang="en" xmlns:q="urn:q" q:k="v"><q:b xmlns:q="urn:other"/></a>').attrib,
      ET.fromstring('<a xmlns:q="urn:q"><q:b xmlns:q="urn:other"/></a>')[0].tag)
print(ET.fromstring('<a xmlns="urn:d"><b xmlns=""><c/></b></a>')[0][0].tag)

# namespaces on output
print(ET.tostring(r, encoding='unicode')[:120])
e = ET.Element('{urn:one}root')
ET.SubElement(e, '{urn:two}child', {'{urn:one}attr': 'v', 'plain': 'p'})
ET.SubElement(e, '{http://www.w3.org/1999/xhtml}p').text = 'x'
ET.SubElement(e, '{http://www.w3.org/XML/1998/namespace}keep')
print(ET.tostring(e, encoding='unicode'))
ET.register_namespace('one', 'urn:one')
print(ET.tostring(e, encoding='unicode'))
x = ET.Element('{urn:d}root'); ET.SubElement(x, '{urn:d}kid'); ET.SubElement(x, '{urn:e}other')
print(ET.tostring(x, encoding='unicode', default_namespace='urn:d'))
q = ET.Element(ET.QName('urn:q', 'tag'), {ET.QName('urn:q', 'a'): ET.QName('urn:r', 'val')})
q.text = 'plain'
print(ET.tostring(q, encoding='unicode'))
print(ET.tostring(ET.fromstring('<a xml:space="preserve"/>'), encoding='unicode'))
