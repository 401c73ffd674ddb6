# xml.etree.ElementTree: find/findall/findtext/iterfind with ElementPath's XPath subset
import xml.etree.ElementTree as ET

root = ET.fromstring('''<shop>
  <dept name="food">
    <item id="1" price="3">apple<tag>fruit</tag></item>
    <item id="2" price="5">bread<tag>bakery</tag><tag>fresh</tag></item>
    <item id="3">salt</item>
  </dept>
  <dept name="tools">
    <item id="4" price="9">hammer<tag>metal</tag></item>
    <box><item id="5">nail</item></box>
  </dept>
  <note>hi</note>
</shop>''')

def show(path, ns=None):
    try:
        found = root.findall(path, ns)
        print(repr(path), [(e.tag, e.get('id') or e.get('name') or e.text) for e in found])
    except Exception as e:
        print(repr(path), type(e).__name__, e)

for path in ['dept', 'dept/item', '*/item', '*', './dept', 'dept/', './/item', './/tag', './/box/item',
             'dept//item', '.', '..', 'dept/..', './/item/..', './/tag/../..', "dept[@name]",
             "dept[@name='tools']", "dept[@name!='tools']", "dept/item[@price]", "dept/item[@price='5']",
             'dept/item[tag]', "dept/item[tag='fresh']", "dept/item[tag!='fruit']", "dept/item[.='salt']",
             "dept/item[.!='salt']", 'dept/item[1]', 'dept/item[2]', 'dept/item[last()]', 'dept/item[last()-1]',
             'dept[2]/item[1]', 'dept/item[@price][2]', 'dept/item[5]', 'dept[1]/*[2]', './/item[@id="5"]',
             'nothing', 'dept/nothing//item', '{*}dept', '{}note', './/{*}tag']:
    show(path)

for path in ['/dept', '//item', 'dept[', 'dept[0]', 'dept[-2]', 'dept[last()+1]', 'dept[last()-x]',
             'dept[foo()]', 'dept[@name=1]', '@name', 'dept/@name', './/', './/*[1]']:
    show(path)

print(root.find('dept').get('name'), root.find('nothing'), root.find('.//box/item').text)
print(root.findtext('note'), repr(root.findtext('dept')), root.findtext('zz'), root.findtext('zz', 'default'))
print(repr(root.findtext('dept/box')), root.findtext('.//item[@id="4"]/tag'))
it = root.iterfind('.//item')
print(type(it).__name__ != 'list', [e.get('id') for e in it])
tree = ET.ElementTree(root)
print([e.get('id') for e in tree.findall('.//item[@price]')], tree.find('note').text, tree.findtext('note'))
print([e.tag for e in tree.iter('tag')][:2], len(list(tree.iter())))

nsdoc = ET.fromstring('<r xmlns="urn:d" xmlns:x="urn:x"><a>1</a><x:a>2</x:a><b x:k="v"><x:c/></b></r>')
show_ns = lambda p, ns=None: print(repr(p), [(e.tag, e.text) for e in nsdoc.findall(p, ns)])
show_ns('{urn:d}a')
show_ns('{urn:x}a')
show_ns('{*}a')
show_ns('{urn:d}*')
show_ns('d:a', {'d': 'urn:d'})
show_ns('x:a', {'x': 'urn:x'})
show_ns('a', {'': 'urn:d'})
show_ns('.//x:c', {'x': 'urn:x'})
show_ns("b[@{urn:x}k='v']")
show_ns("b[@x:k]", {'x': 'urn:x'})
try:
    nsdoc.findall('y:a', {'x': 'urn:x'})
except SyntaxError as e:
    print(type(e).__name__, e)
