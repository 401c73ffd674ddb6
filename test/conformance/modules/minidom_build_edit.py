# xml.dom.minidom: building a document, editing it, searching, attributes, text nodes, output layouts and errors.
import io
import xml.dom
from xml.dom import minidom, Node

impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, 'library', None)
root = doc.documentElement
print(root.tagName, root.nodeType == Node.ELEMENT_NODE, doc.nodeName, doc.nodeType, root.parentNode is doc, root.ownerDocument is doc)
books = [('b1', 'Dune', 'Herbert', '1965'), ('b2', 'Emma', 'Austen', '1815'), ('b3', 'Ubik & Co <2>', 'Dick', '1969')]
for bid, title, author, year in books:
    b = doc.createElement('book')
    b.setAttribute('id', bid)
    b.setAttribute('year', year)
    t = doc.createElement('title')
    t.appendChild(doc.createTextNode(title))
    b.appendChild(t)
    a = doc.createElement('author')
    a.appendChild(doc.createTextNode(author))
    b.appendChild(a)
    root.appendChild(b)
root.insertBefore(doc.createComment(' catalogue '), root.firstChild)
root.appendChild(doc.createProcessingInstruction('render', 'mode="fast"'))
print(doc.toxml())
print(doc.toprettyxml(indent='  '))
print(root.toprettyxml(indent='', newl='|'))
print(doc.toxml(encoding='ascii', standalone=True))

titles = doc.getElementsByTagName('title')
print(titles.length, len(titles), [t.firstChild.data for t in titles], titles.item(1).firstChild.nodeValue, titles.item(9))
b2 = root.getElementsByTagName('book')[1]
print(b2.getAttribute('id'), repr(b2.getAttribute('missing')), b2.hasAttribute('year'), b2.hasAttributes(), b2.attributes.length)
attrs = b2.attributes
print(list(attrs.keys()), attrs.items(), attrs['year'].value, attrs.item(0).name, 'id' in attrs, attrs.get('nope', 'dflt'), len(attrs))
b2.setAttribute('year', '1816')
b2.removeAttribute('id')
print(b2.toxml())
try:
    b2.removeAttribute('id')
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', e.code, isinstance(e, xml.dom.DOMException))

# siblings and parent links
first = root.firstChild
print(first.nodeType == Node.COMMENT_NODE, repr(first.data), first.nextSibling.getAttribute('id'), first.previousSibling,
      root.lastChild.target, root.lastChild.data, root.lastChild.nodeName)
old = root.removeChild(b2)
print(old.parentNode, old.nextSibling, [c.getAttribute('id') for c in root.getElementsByTagName('book')])
root.replaceChild(old, root.getElementsByTagName('book')[0])
print([c.nodeName for c in root.childNodes], root.childNodes[1].firstChild.firstChild.data)
frag = doc.createDocumentFragment()
for word in ['x', 'y']:
    e = doc.createElement(word)
    frag.appendChild(e)
root.appendChild(frag)
print([c.nodeName for c in root.childNodes], frag.childNodes.length)

# text nodes: normalize, split, wholeText, CharacterData editing
p = doc.createElement('p')
for s in ['Hello', ', ', '', 'world']:
    p.appendChild(doc.createTextNode(s))
print(p.childNodes.length, p.toxml(), p.firstChild.wholeText)
p.normalize()
print(p.childNodes.length, repr(p.firstChild.data), p.firstChild)
tail = p.firstChild.splitText(5)
print(repr(p.firstChild.data), repr(tail.data), p.childNodes.length, tail.previousSibling is p.firstChild)
t = p.firstChild
t.appendData('!!')
t.insertData(0, '>>')
t.deleteData(2, 1)
t.replaceData(0, 2, '[')
print(repr(t.data), t.length, len(t), t.substringData(1, 3))
try:
    t.substringData(-1, 2)
except xml.dom.IndexSizeErr as e:
    print('IndexSizeErr:', e)

# clone and import
c = root.getElementsByTagName('book')[0].cloneNode(True)
s = root.getElementsByTagName('book')[0].cloneNode(False)
print(c.toxml(), s.toxml(), c.parentNode, c.ownerDocument is doc)
other = minidom.parseString('<other><item n="1">one</item></other>')
imported = other.importNode(c, True)
other.documentElement.appendChild(imported)
print(other.documentElement.toxml())

# errors
for action in [lambda: doc.appendChild(doc.createElement('second')),
               lambda: doc.createTextNode(5),
               lambda: root.removeChild(doc.createElement('stranger')),
               lambda: root.insertBefore(doc.createElement('n'), doc.createElement('not-a-child')),
               lambda: p.firstChild.appendChild(doc.createElement('z')),
               lambda: doc.createComment('a -- b').toxml(),
               lambda: doc.createCDATASection('x]]>y').toxml(),
               lambda: minidom.parseString('<a><b></a>'),
               lambda: minidom.parseString('<a x="1" x="2"/>'),
               lambda: xml.dom.DOMException('direct')]:
    try:
        action()
        print('no error')
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e)[:60])

# doctype, CDATA and namespaces through the implementation
dt = impl.createDocumentType('html', '-//W3C//DTD XHTML 1.0 Strict//EN', 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd')
h = impl.createDocument('http://www.w3.org/1999/xhtml', 'html', dt)
body = h.createElementNS('http://www.w3.org/1999/xhtml', 'body')
body.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', 'en')
body.appendChild(h.createCDATASection('if (a < b && c) {}'))
h.documentElement.appendChild(body)
print(h.toprettyxml())
print(h.doctype.name, h.doctype.publicId, body.namespaceURI, body.localName, body.prefix, body.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'))
print(len(h.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*')), h.getElementsByTagNameNS('*', 'body')[0] is body)
buf = io.StringIO()
h.writexml(buf, addindent='\t', newl='\n', encoding='utf-8')
print(buf.getvalue().splitlines()[0])
src = io.BytesIO('<?xml version="1.0" encoding="utf-8"?><r>caf\u00e9 <i>ok</i></r>'.encode('utf-8'))
d2 = minidom.parse(src)
print(d2.documentElement.toxml(), d2.encoding, d2.toxml(encoding='ascii'))
with minidom.parseString('<a/>') as d3:
    print(d3.documentElement.tagName)
print(d3.documentElement, bool(minidom.Text()), minidom.getDOMImplementation('core 2.0') is impl, minidom.getDOMImplementation([('nope', None)]))
