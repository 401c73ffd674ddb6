# TreeBuilder and XMLParser: text and tails, comments and PIs inserted or not, custom targets, pull events, entities, errors.
import xml.etree.ElementTree as ET
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<?xml version="1.0"?><!-- c0 --><root a="1"> t0 <!-- c1 --><?pi x?><a xmlns:n="urn:x" n:k="v">t1</a>tail<b/> t2 </root>')
root = p.close()
print(ET.tostring(root))
print([(getattr(e.tag, '__name__', e.tag), e.text, e.tail) for e in root.iter()])
try:
    ET.fromstring('<a><b></a>')
except ET.ParseError as e:
    print(e, e.code, e.position, e.__context__, e.__cause__)
pp = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
pp.feed('<r xmlns="urn:d"><!--x--><?t d?><c>1</c></r>')
print([(ev, getattr(getattr(x, 'tag', x), '__name__', getattr(x, 'tag', x))) for ev, x in pp.read_events()])
try:
    ET.XMLPullParser(events=('bogus',))
except ValueError as e:
    print(e)
class T:
    def __init__(self): self.log = []
    def start(self, tag, attrib): self.log.append(('start', tag, sorted(attrib.items())))
    def end(self, tag): self.log.append(('end', tag))
    def data(self, d): self.log.append(('data', d))
    def close(self): return self.log
pr = ET.XMLParser(target=T())
pr.feed('<x y="1">hi<z/></x>')
print(pr.close())
pr = ET.XMLParser()
pr.entity['foo'] = 'BAR'
try:
    pr.feed('<!DOCTYPE x [<!ENTITY q "Q">]><x>&foo;&q;</x>')
except ET.ParseError as e:
    print('ParseError', e, e.__context__)
pr = ET.XMLParser()
pr.entity['foo'] = 'BAR'
try:
    pr.feed('<x>&foo;</x>')
    print(pr.close().text)
except ET.ParseError as e:
    print('ParseError', e, e.position)
pr = ET.XMLParser()
try:
    pr.feed('<x>&foo;</x>')
    pr.close()
except ET.ParseError as e:
    print('ParseError', e, e.position)
try:
    ET.fromstring('<!DOCTYPE x [<!ENTITY q "Q">]><x>&nope;</x>')
except ET.ParseError as e:
    print(e, e.code, e.position)
tb2 = ET.TreeBuilder()
try:
    tb2.end('x')
except IndexError as e:
    print('IndexError', e)
print(tb2.close(), ET.TreeBuilder().comment('c').text, ET.TreeBuilder().pi('t', 'd').text)
