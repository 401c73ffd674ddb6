# Scraping an HTML page with html.parser, building an XML catalogue with ElementTree, minidom pretty-printing, XPath-ish finds.
from html.parser import HTMLParser
import xml.etree.ElementTree as ET
from xml.dom import minidom
from urllib.parse import urljoin, urlparse, parse_qs, urlencode, quote, unquote, urlunparse

PAGE = '''<!DOCTYPE html>
<html lang="en"><head><title>Shop &amp; Co &#8211; Books</title>
<meta charset="utf-8"><script>var x = "<b>not a tag</b>";</script></head>
<body>
<!-- product list -->
<div class="product" data-id="101"><h2>Learning <em>Python</em></h2>
  <span class="price">$39.99</span><a href="/books/101?ref=list&amp;page=2">details</a>
  <img src="img/101.png" alt="cover"/></div>
<div class="product sale" data-id="102"><h2>Fluent Py &lt;2nd ed&gt;</h2>
  <span class="price">$49.50</span><a href="https://other.example/b/102#top">details</a></div>
<div class="product" data-id="103"><h2>Caf&eacute; Recipes</h2><span class="price">€12</span>
  <a href='../up/103'>details</a><br></div>
<p>Unclosed <b>bold <i>italic</p>
</body></html>'''


class ProductParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.products = []
        self.cur = None
        self.field = None
        self.events = []
        self.title = ''
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.events.append(('start', tag, len(attrs)))
        if tag == 'title':
            self.in_title = True
        if tag == 'div' and 'product' in (a.get('class') or '').split():
            self.cur = {'id': int(a['data-id']), 'sale': 'sale' in a['class'], 'name': ''}
        elif self.cur is not None:
            if tag == 'h2':
                self.field = 'name'
            elif tag == 'span' and a.get('class') == 'price':
                self.field = 'price'
            elif tag == 'a':
                self.cur['link'] = a['href']

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, dict(attrs)))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))
        if tag == 'title':
            self.in_title = False
        if tag in ('h2', 'span'):
            self.field = None
        if tag == 'div' and self.cur:
            self.products.append(self.cur)
            self.cur = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.cur is not None and self.field:
            self.cur[self.field] = self.cur.get(self.field, '') + data

    def handle_comment(self, data):
        self.events.append(('comment', data.strip()))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))


p = ProductParser()
p.feed(PAGE[:200])
p.feed(PAGE[200:])
p.close()
print(repr(p.title))
for prod in p.products:
    print(prod)
print([e for e in p.events if e[0] != 'start'][:12])
print(p.getpos())

base = 'https://shop.example/catalog/list.html'
root = ET.Element('catalog', {'source': base, 'count': str(len(p.products))})
for prod in p.products:
    item = ET.SubElement(root, 'book', id=str(prod['id']))
    ET.SubElement(item, 'title').text = prod['name']
    price = ET.SubElement(item, 'price', currency='USD' if prod['price'].startswith('$') else 'EUR')
    price.text = prod['price'].lstrip('$€')
    url = urljoin(base, prod['link'])
    link = ET.SubElement(item, 'link')
    link.text = url
    u = urlparse(url)
    link.set('host', u.netloc)
    if u.query:
        link.set('query', repr(sorted(parse_qs(u.query).items())))
    if prod['sale']:
        item.append(ET.Comment(' on sale '))
xml_bytes = ET.tostring(root, encoding='unicode')
print(xml_bytes)
print(minidom.parseString(xml_bytes).toprettyxml(indent='  ')[:400])
ET.indent(root, space=' ')
print(ET.tostring(root, encoding='unicode')[:300])

doc = ET.fromstring(xml_bytes)
print([b.get('id') for b in doc.findall('book')], doc.find("book[@id='102']/title").text, doc.findtext('book/price'))
print([(b.find('title').text, float(b.find('price').text)) for b in doc.iter('book') if float(b.find('price').text) > 20])
print([e.tag for e in doc.iter()][:8], len(list(doc.iter('link'))), doc.attrib, doc[0][1].attrib)
print(sorted(doc.find('book').keys()), [l.get('host') for l in doc.findall('.//link')], doc.findall('./book[2]/title')[0].text)
ns = ET.fromstring('<r xmlns="urn:a" xmlns:b="urn:b"><x b:attr="1">t</x><b:y/></r>')
print([e.tag for e in ns.iter()], ns[0].attrib, ns.find('{urn:a}x').text, [e.tag for e in ns.findall('b:y', {'b': 'urn:b'})])
try:
    ET.fromstring('<a><b></a>')
except ET.ParseError as e:
    print('ParseError:', e, e.position)
q = {'q': 'café & bar', 'page': 2, 'tags': ['a b', 'c']}
print(urlencode(q, doseq=True), quote('/a b/ü?x=1'), quote('a/b', safe=''), unquote('%E2%82%AC%20x'))
print(urlunparse(('https', 'h.example', '/p', '', 'a=1', 'frag')), urlparse('http://u:pw@h:8080/p;params?q=1#f'))
print(urlparse('http://u:pw@H.Example:8080/p').hostname, urlparse('http://h:8080').port, urljoin('http://a/b/c/d', '../../g'))
