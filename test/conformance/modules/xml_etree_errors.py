# xml.etree.ElementTree: ParseError messages, codes and positions; API errors
import xml.etree.ElementTree as ET

bad = ['', '   ', '<a>', '<a></b>', '<a><b></a>', '<a/><b/>', '<a/>text', '<a>&undefined;</a>',
       '<a x=1/>', '<a x="1" x="2"/>', '<a', '<a b="1"', '<a>text', '<a><!-- c', '<a><![CDATA[x',
       '<1a/>', '<a>&#0;</a>', '<a>&#xZZ;</a>', '<a>&amp</a>', '<a>&</a>', '<a><</a>', '<a>]]></a>',
       '<a b="<"/>', 'x', '  <?xml version="1.0"?><a/>', '<p:a/>', '<a p:b="1"/>', '<a>\n<b>\n</c></a>',
       '<a>\xe9</b>', '<a>\x01</a>', '<a b="1"c="2"/>', '</a>', '<a><!--a--b--></a>', '<a><?xml x?></a>',
       '<a:b:c/>', '<a xmlns:p=""/>', '<a/ >', '< a/>', '<a></ a>', '<?xml?><a/>', '<?xml version="1.0" foo="x"?><a/>',
       '<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>',
       '<a xmlns:x="u" xmlns:y="u" x:k="1" y:k="2"/>', '<a xmlns:xml="foo"/>', '<!DOCTYPE a><!DOCTYPE a><a/>',
       '&amp;<a/>', ' x<a/>', '<a/>\n\n  junk', '<a>\r\n\rx</b>', b'<a>\xff</a>', b'<a>\xc3\xa9</b>']
for text in bad:
    try:
        ET.fromstring(text)
        print(repr(text), 'parsed')
    except ET.ParseError as e:
        print(repr(text), '->', e, e.code, e.position, isinstance(e, SyntaxError))

# feeding in pieces: the error comes when the bad part arrives
p = ET.XMLParser()
p.feed('<a><b>')
try:
    p.feed('</c>')
except ET.ParseError as e:
    print('feed:', e, e.position)
p = ET.XMLParser()
p.feed('<a>')
try:
    p.close()
except ET.ParseError as e:
    print('close:', e)
p = ET.XMLParser()
p.entity['custom'] = 'CUSTOM'
p.feed('<!DOCTYPE a SYSTEM "x"><a>&custom;</a>')
print(p.close().text)
p = ET.XMLParser(); p.feed('<a/>'); p.close()
try:
    p.feed('<b/>')
except ET.ParseError as e:
    print('after close:', e)
pp = ET.XMLPullParser(['start', 'end'])
pp.feed('<a><b>')
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed('</c>')
try:
    list(pp.read_events())
except ET.ParseError as e:
    print('pull:', e)

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

e = ET.Element('a')
check(lambda: ET.Element('a', 'x'))
check(lambda: ET.Element())
check(lambda: e[0])
check(lambda: e['x'])
check(lambda: e.remove(ET.Element('b')))
check(lambda: e.append('x'))
check(lambda: e.insert(0, 'x'))
check(lambda: e.extend(['x']))
check(lambda: e.extend(5))
check(lambda: e.__setitem__(0, ET.Element('z')))
check(lambda: e.get())
check(lambda: e.set('a'))
check(lambda: ET.SubElement('x', 'y'))
check(lambda: ET.SubElement(e, 'b', 'x'))
check(lambda: e.find(5))
check(lambda: ET.tostring('x'))
check(lambda: ET.tostring(ET.Element(5)))
check(lambda: ET.tostring(ET.Element('a', x=5)))
check(lambda: ET.tostring(ET.Element('a'), method='foo'))
check(lambda: ET.tostring(ET.Element('a'), encoding='no-such-codec'))
check(lambda: ET.tostring(ET.Element('a'), default_namespace='urn:v'))
check(lambda: ET.register_namespace('ns3', 'urn:x'))
check(lambda: ET.fromstring(5))
check(lambda: ET.XMLParser().feed(5))
check(lambda: ET.ElementTree().getroot())
check(lambda: ET.indent(ET.Element('a'), level=-1))
check(lambda: ET.parse('no-such-file.xml'))
check(lambda: ET.iterparse('no-such-file.xml'))
check(lambda: ET.XMLPullParser(events=('start', 'bogus')))
check(lambda: ET.TreeBuilder().end('a'))
check(lambda: ET.TreeBuilder().close())
check(lambda: ET.QName('urn:u', 'local'))
check(lambda: str(ET.QName('{urn:u}local')))
check(lambda: ET.QName('{u}a') == '{u}a')
check(lambda: ET.XMLPullParser().close() is None)
pp = ET.XMLPullParser(); pp.feed('<a/>'); pp.close()
check(lambda: pp.feed('<b/>'))
check(lambda: ET.fromstring(b'<?xml version="1.0" encoding="bogus"?><a/>'))
check(lambda: ET.fromstring(b'<?xml version="1.0" encoding="utf-16"?><a/>'))
check(lambda: ET.fromstring('<a>\U0001F600</b>'))
