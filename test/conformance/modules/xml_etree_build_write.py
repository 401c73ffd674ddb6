# xml.etree.ElementTree: building trees and writing them (tostring, write, indent, dump)
import xml.etree.ElementTree as ET
import io, os, tempfile, copy

root = ET.Element('root', {'version': '2'}, lang='en')
a = ET.SubElement(root, 'item', id='1')
a.text = 'one & <two>'
b = ET.SubElement(root, 'item', {'id': '2', 'q': 'say "hi"\n\ttab\rcr'})
b.tail = 'tail > text'
ET.SubElement(root, 'empty')
root.append(ET.Comment(' a comment '))
root.append(ET.ProcessingInstruction('target', 'data here'))
root.append(ET.PI('bare'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False))
print(ET.tostring(root, method='text', encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='UTF-8'))
print(ET.tostring(root, encoding='latin-1')[:60])
print(ET.tostring(root, xml_declaration=True)[:50])
print(ET.tostring(root, encoding='unicode', xml_declaration=True)[:50])
print(ET.tostring(ET.Element('a', x='é€'), encoding='ascii'))
print(ET.tostring(ET.Element('a', x='é€')))
print(ET.tostring(ET.Element('a', x='é€'), encoding='utf-8'))
print(ET.tostringlist(root, encoding='unicode')[:8])
print(b''.join(ET.tostringlist(root)) == ET.tostring(root))

# html and text methods
h = ET.fromstring('<html><head><script>if (a &lt; b &amp;&amp; c > d) x();</script><style>p>a{}</style></head>'
                  '<body><p class="x&amp;y&quot;" title="a&lt;b">x<br/>y<img src="i.png"/></p><hr/><div/></body></html>')
print(ET.tostring(h, method='html', encoding='unicode'))
print(ET.tostring(h, method='text', encoding='unicode'))

# element API
e = ET.Element('e')
print(len(e), e.text, e.tail, e.attrib, e.keys(), e.get('x'))
e.set('b', '2'); e.set('a', '1'); e.attrib['c'] = '3'
print(e.keys(), e.items(), ET.tostring(e))
kids = [ET.Element('k%d' % i) for i in range(4)]
e.extend(kids[:2]); e.insert(0, kids[2]); e.append(kids[3])
print([k.tag for k in e])
e.remove(kids[0]); del e[0]
print([k.tag for k in e])
e[0] = ET.Element('new'); e[1:] = [ET.Element('s1'), ET.Element('s2')]
print([k.tag for k in e], e[-1].tag, [k.tag for k in e[::2]])
m = e.makeelement('made', {'z': '9'})
print(m.tag, m.attrib, len(e))
c = copy.copy(e); d = copy.deepcopy(e)
c[0].text = 'shared'; d[1].text = 'own'
print(e[0].text, e[1].text, c.attrib is e.attrib, len(c), len(d))
e.clear()
print(len(e), e.attrib, e.text)
print(ET.iselement(e), ET.iselement('e'), isinstance(ET.Comment('x').tag, str), ET.Comment('x').text)
print(ET.PI('t', 'x y').text, ET.PI('t').text, ET.PI('t').tag is ET.ProcessingInstruction)
print(ET.tostring(ET.Element('r', attrib={'a': '1'}, b='2')))
n = ET.Element(None); n.text = 'only'; ET.SubElement(n, 'x').tail = '!'
print(ET.tostring(n, encoding='unicode'))

# indent
t = ET.fromstring('<a><b><c>x</c><d/></b><e>  </e><f>keep</f></a>')
ET.indent(t)
print(ET.tostring(t, encoding='unicode'))
ET.indent(t, space='\t', level=1)
print(repr(ET.tostring(t, encoding='unicode')))
tree = ET.ElementTree(ET.fromstring('<p><q/></p>'))
ET.indent(tree, '    ')
print(ET.tostring(tree.getroot(), encoding='unicode'))

# dump, write to files and file objects
ET.dump(ET.fromstring('<d a="1"><e/></d>'))
ET.dump(ET.ElementTree(ET.fromstring('<d/>')))
tree = ET.ElementTree(root)
buf = io.BytesIO(); tree.write(buf)
print(buf.getvalue()[:40])
buf = io.BytesIO(); tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue()[:60])
buf = io.StringIO(); tree.write(buf, encoding='unicode')
print(buf.getvalue()[:40])
buf = io.BytesIO(); tree.write(buf, method='html')
print(buf.getvalue()[-40:])
with tempfile.TemporaryDirectory() as dirname:
    path = os.path.join(dirname, 'out.xml')
    tree.write(path, encoding='utf-8', xml_declaration=True)
    with open(path, 'rb') as f:
        print(f.read()[:70])
    tree.write(path, encoding='unicode')
    with open(path, encoding='utf-8') as f:
        print(f.read()[:30])
    print(ET.parse(path).getroot().find('item').text)
