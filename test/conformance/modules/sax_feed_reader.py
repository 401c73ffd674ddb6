# xml.sax: a ContentHandler collecting an RSS-like feed, namespaces, locators, errors, saxutils escaping and XMLGenerator.
import io
import xml.sax
from xml.sax import saxutils, handler
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator

FEED = '''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>News &amp; Views</title>
    <item id="1"><title>First &lt;post&gt;</title><dc:creator>Ann</dc:creator><link>http://x/1?a=1&amp;b=2</link></item>
    <item id="2"><title><![CDATA[Second <b>bold</b>]]></title><dc:creator>Bob</dc:creator></item>
    <!-- a comment -->
    <?render fast?>
    <item id="3"><title>Caf\u00e9 &#8364;5</title></item>
  </channel>
</rss>
'''


class FeedHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = []
        self.path = []
        self.text = []
        self.events = []

    def startDocument(self):
        self.events.append('startDocument')

    def endDocument(self):
        self.events.append('endDocument')

    def startElement(self, name, attrs):
        self.path.append(name)
        if name == 'item':
            self.items.append({'id': attrs.getValue('id'), 'attrs': (attrs.getLength(), attrs.getNames(), attrs.getType('id'))})
        self.text = []
        if name == 'rss':
            self.events.append(('rss', attrs.items(), 'version' in attrs, attrs.get('nope', '-'), self._locator.getLineNumber()))

    def endElement(self, name):
        text = ''.join(self.text).strip()
        if self.items and name in ('title', 'dc:creator', 'link'):
            self.items[-1][name] = text
        self.path.pop()
        self.text = []

    def characters(self, content):
        self.text.append(content)

    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data, self._locator.getLineNumber(), self._locator.getColumnNumber()))


h = FeedHandler()
xml.sax.parseString(FEED.encode('utf-8'), h)
for item in h.items:
    print(item)
print(h.events)


class NSHandler(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def startPrefixMapping(self, prefix, uri):
        self.log.append(('map', prefix, uri))

    def endPrefixMapping(self, prefix):
        self.log.append(('unmap', prefix))

    def startElementNS(self, name, qname, attrs):
        self.log.append(('start', name, qname, list(attrs.items()), attrs.getQNames()))

    def endElementNS(self, name, qname):
        self.log.append(('end', name))


p = xml.sax.make_parser()
print(type(p).__name__, p.getFeature(handler.feature_namespaces), p.getFeature(handler.feature_validation))
p.setFeature(handler.feature_namespaces, True)
nsh = NSHandler()
p.setContentHandler(nsh)
p.parse(io.StringIO('<a xmlns="urn:d" xmlns:x="urn:x" x:k="v" plain="p"><x:b/><c xmlns=""/></a>'))
for entry in nsh.log:
    print(entry)
for name, value in [(handler.feature_validation, True), ('http://example.com/nope', True)]:
    try:
        p.setFeature(name, value)
    except (xml.sax.SAXNotSupportedException, xml.sax.SAXNotRecognizedException) as e:
        print(type(e).__name__, e)
try:
    p.getProperty('http://example.com/prop')
except xml.sax.SAXNotRecognizedException as e:
    print('SAXNotRecognizedException', e)

for bad in ['<a><b></a>', '<a>', '<a x="1" x="2"/>', '', '<?xml version="1.0"?><a>&undefined;</a>']:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
        print('parsed', repr(bad))
    except xml.sax.SAXParseException as e:
        print('SAXParseException:', e, '|', e.getMessage(), e.getLineNumber(), e.getColumnNumber(), e.getSystemId(), type(e.getException()).__name__)


class Collect(handler.ErrorHandler):
    def fatalError(self, exception):
        print('fatal reported:', exception.getMessage())


try:
    xml.sax.parseString('<x><y></x>', handler.ContentHandler(), Collect())
    print('continued after the error handler returned')
except xml.sax.SAXException as e:
    print('then:', type(e).__name__, e)

print(escape('a < b & c > d'), escape('"quoted"', {'"': '&quot;'}), unescape('&lt;tag&gt; &amp;amp; &quot;', {'&quot;': '"'}))
print(quoteattr('plain'), quoteattr('say "hi"'), quoteattr("it's \"both\""), quoteattr('tab\there\nnewline'), quoteattr('x', {'x': '&#120;'}))

out = io.StringIO()
g = XMLGenerator(out, encoding='utf-8', short_empty_elements=True)
g.startDocument()
g.startElement('catalog', xml.sax.xmlreader.AttributesImpl({'n': '2', 'q': 'a"b'}))
g.characters('\n  ')
g.startElement('empty', xml.sax.xmlreader.AttributesImpl({}))
g.endElement('empty')
g.startElement('text', xml.sax.xmlreader.AttributesImpl({}))
g.characters('5 < 6 & café')
g.endElement('text')
g.processingInstruction('pi', 'data')
g.ignorableWhitespace('\n')
g.endElement('catalog')
g.endDocument()
print(out.getvalue())
bout = io.BytesIO()
g2 = XMLGenerator(bout, encoding='ascii')
g2.startDocument()
g2.startPrefixMapping('p', 'urn:p')
g2.startElementNS(('urn:p', 'root'), 'p:root', xml.sax.xmlreader.AttributesNSImpl({('urn:p', 'a'): '1', (None, 'b'): '2'}, {}))
g2.characters('naïve €')
g2.endElementNS(('urn:p', 'root'), 'p:root')
g2.endPrefixMapping('p')
g2.endDocument()
print(bout.getvalue())

# copy a document through a filter that upper-cases text
class Upper(saxutils.XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())


copy = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(XMLGenerator(copy, 'utf-8'))
f.parse(io.StringIO('<r a="1"><t>hello &amp; bye</t><e/></r>'))
print(copy.getvalue())
src = xml.sax.xmlreader.InputSource('sys-id.xml')
src.setPublicId('pub')
src.setEncoding('latin-1')
print(src.getSystemId(), src.getPublicId(), src.getEncoding(), src.getByteStream())
e = xml.sax.SAXException('msg', ValueError('inner'))
print(str(e), e.getMessage(), repr(e.getException()))
try:
    e[0]
except AttributeError as err:
    print('AttributeError:', err)

# every feature and property of the expat reader
p = xml.sax.make_parser()
for f in handler.all_features:
    try:
        print(p.getFeature(f)); p.setFeature(f, True); print('set', f[-12:], p.getFeature(f))
    except Exception as e: print(type(e).__name__, e)
for pr in handler.all_properties:
    try: print(p.getProperty(pr))
    except Exception as e: print(type(e).__name__, e)
