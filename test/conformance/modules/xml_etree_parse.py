# xml.etree.ElementTree: parsing strings, bytes and files into Element trees
import xml.etree.ElementTree as ET
import io, os, tempfile

doc = '''<?xml version="1.0"?>
<!-- a library -->
<library name="City &amp; County" open='yes'>
  <book id="b1" lang="en">
    <title>Dune</title>
    <year>1965</year>
  </book>
  <book id="b2">
    <title>Solaris &lt;PL&gt;</title><year>1961</year>
    <?note keep this?>
  </book>
  <misc>text<![CDATA[ <raw> & ]]>more&#65;&#x42;<!-- c -->end</misc>
</library>
'''
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text), repr(root.tail))
print(len(root), [c.tag for c in root])
for book in root:
    print(book.tag, book.get('id'), book.get('lang'), book.get('lang', 'none'), book.keys(), book.items())
    for child in book:
        print('  ', child.tag, repr(child.text), repr(child.tail))
misc = root[2]
print(repr(misc.text), len(misc))
print(root[0][0].text, root[-1].tag, [e.tag for e in root[0:2]])
print([e.tag for e in root.iter()])
print([e.text for e in root.iter('title')])
print(list(root.itertext())[:6])
print(''.join(root[1].itertext()))
print(ET.XML('<a>x</a>').text, ET.fromstringlist(['<a', ' b="1"', '>', 'hi', '</a>']).attrib)
print(ET.fromstring(b'<a>\xc3\xa9</a>').text)
print(ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode('latin-1')).text)
print(ET.fromstring(b'\xef\xbb\xbf<a>bom</a>').text)
print(repr(ET.fromstring('<a>\r\nx\ry</a>').text))
print(ET.fromstring('<a b="x\ty\nz" c="&#10;&#9;&lt;&quot;"/>').attrib)
print(ET.fromstring('<!DOCTYPE a [<!ENTITY who "world"><!ENTITY greet "hello &who;">]><a x="&greet;">&greet;!</a>').attrib)
print(ET.fromstring('<!DOCTYPE a [<!ENTITY e "<b>bold</b> text">]><a>x&e;y</a>')[0].tail)
print(ET.fromstring('<!DOCTYPE a [<!ATTLIST a kind CDATA "dflt">]><a/>').attrib)
tree, ids = ET.XMLID('<r><x id="one"/><y id="two"><z id="three"/></y></r>')
print(tree.tag, sorted(ids), ids['three'].tag)

# files: a path, a binary file object, a text file object
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'doc.xml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(doc)
    tree = ET.parse(path)
    print(type(tree).__name__, tree.getroot().tag, tree.find('book/title').text)
    with open(path, 'rb') as f:
        print(ET.parse(f).getroot()[1].get('id'))
    with open(path, encoding='utf-8') as f:
        print(ET.parse(f).findtext('book/year'))
    t2 = ET.ElementTree(file=path)
    print(t2.getroot().get('name'))
print(ET.parse(io.BytesIO(b'<a><b/></a>')).getroot()[0].tag)
print(ET.parse(io.StringIO('<a><b>s</b></a>')).findtext('b'))

# a parser fed in pieces, with a custom target
class Echo:
    def start(self, tag, attrib):
        print('start', tag, attrib)
    def end(self, tag):
        print('end', tag)
    def data(self, data):
        print('data', repr(data))
    def comment(self, text):
        print('comment', repr(text))
    def pi(self, target, data):
        print('pi', target, repr(data))
    def close(self):
        return 'closed'
p = ET.XMLParser(target=Echo())
for piece in ['<r a="1"><!-', '- hi --><?t d?><x>', 'A&amp;', 'B</x', '></r>']:
    p.feed(piece)
print(p.close())
print(ET.XMLParser().version.startswith('Expat'))
tb = ET.TreeBuilder()
tb.start('a', {'k': 'v'}); tb.data('t'); tb.start('b', {}); tb.end('b'); tb.data('tail'); e = tb.end('a')
print(e.tag, e.text, e[0].tail, tb.close() is e)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a><!--c--><?p x?>t</a>')
r = p.close()
print([c.tag is ET.Comment for c in r], r[0].text, r[1].text, r[1].tail)
