# ElementPath edge cases: whitespace, predicates in odd places, errors, tokenizer, caching, iterfind type.
import xml.etree.ElementTree as ET
from xml.etree import ElementPath

root = ET.fromstring('<r><a k="1">x<b>t1</b></a><a k="2"><b>t2</b><b>t3</b><c/></a>'
                     '<d><a k="3"><b/></a></d><e>  </e></r>')


def show(path, ns=None, on=root):
    try:
        found = on.findall(path, ns)
        print(repr(path), [(e.tag, e.get('k')) for e in found])
    except Exception as e:
        print(repr(path), type(e).__name__, e)


for p in ['a', ' a ', 'a / b', 'a[ @k ]', "a[ @k = '2' ]", 'a[b = "t2"]', "a[b='t3']", "a[b!='t1']",
          'a[c]', 'a/b[2]', 'a/b[last()]', 'a/b[last()-1]', 'a/b[ 1 ]', '*[@k]', '*/*', '*//b',
          './/a[@k]/b', './/a/..', './/b/../..', '..', './..', 'a/*[1]', 'a/*[last()]', './/*[2]',
          "a[.='x']", "e[.='  ']", "a[b][@k='2']", 'a[@k][b]', './/b[1]', 'a[-1]', 'a[1.5]',
          'a[last()-0]', 'a[last()--1]', 'a[last ()]', 'a[@k="1"][1]', 'a[@k=1]', 'a[@k = "1" ]',
          '', '.', './', 'a/', 'a//', '//', '/', 'a/b/', 'a[', 'a]', 'a[]', 'a[@]', 'a[b c]', 'a[@k!=]',
          'a[1][1]', '{}a', '{*}a', '{*}*', '{}*', './/{}b', 'x:a', './/x:b', '::', 'a::b', '@k', 'a/@k',
          'a/text()', 'a()', '*[last()]', './/*[last()-1]', 'a[position()=1]', "a[@k='1' or @k='2']"]:
    show(p)
show('x:a', {'x': ''})
show('p:a', {'q': 'urn:q'})
show('a', {'': 'urn:none'})
show('a[@k]', {'': 'urn:none'})

print(type(root.iterfind('a')).__name__, type(root.iterfind('.')).__name__)
print(root.find('a/b').text, root.find('zz'), root.findtext('a/b'), repr(root.findtext('a[2]/c')),
      root.findtext('zz', 'dflt'), repr(root.findtext('e')))
for call in [lambda: root.find(''), lambda: root.findtext(''), lambda: list(root.iterfind('')),
             lambda: root.findall(''), lambda: root.find('/a'), lambda: ElementPath.findall(root, '')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

print(list(ElementPath.xpath_tokenizer("a/b[@c='d']//e[last()-1]/..")))
print(list(ElementPath.xpath_tokenizer('{urn:x}a/x:b/@y:c', {'x': 'urn:X', 'y': 'urn:Y'})))
print(list(ElementPath.xpath_tokenizer('a/@c/d', {'': 'urn:D'})))
print(list(ElementPath.xpath_tokenizer('a != "q" :: ()')))
try:
    list(ElementPath.xpath_tokenizer('z:a'))
except SyntaxError as e:
    print(type(e).__name__, e)
print(ElementPath.find(root, 'a').get('k'), [e.get('k') for e in ElementPath.findall(root, './/a')],
      ElementPath.findtext(root, 'a/b'), [e.tag for e in ElementPath.iterfind(root, 'a/*')])
for i in range(150):
    root.findall('a[%d]' % (i % 3 + 1))
print([e.get('k') for e in root.findall('a[2]')])

# Element.find/findall/findtext look a bare tag name up directly; paths go to ElementPath.
r = ET.fromstring('<r><a>1</a><b/><a>2</a></r>')
for tag in ['{}q', 'x:a', '{u.v}w', '']:
    r.append(ET.Element(tag))
for p in ['a', '{}q', 'x:a', '{u.v}w', '{u}w/', '{}', '{', '}a', '{*', '{*}', '{}a', 'a]', '', ' a',
          '{u.v}w.', b'a', 1, None]:
    row = []
    for f in ('findall', 'find', 'findtext'):
        try:
            v = getattr(r, f)(p)
            v = [e.tag for e in v] if isinstance(v, list) else getattr(v, 'tag', v)
        except Exception as e:
            v = (type(e).__name__, str(e))
        row.append(v)
    print(repr(p), row)
print([e.text for e in r.findall('a', None)], repr(r.findtext('b')), r.find('a', {}).text,
      [e.tag for e in r.findall('x:a', {'x': 'urn:x'})])
tree = ET.ElementTree(r)
print(tree.find('a').text, tree.findtext('a'), [e.text for e in tree.findall('a')], tree.findtext('zz', 'no'))
