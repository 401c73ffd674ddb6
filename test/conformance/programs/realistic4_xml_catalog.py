# A product catalogue in XML: building with ElementTree (SubElement, attributes, text/tail),
# ET.indent + tostring, parsing back, XPath-ish findall/find/iter with predicates,
# namespaces, modifying and removing nodes, html.escape/unescape, xml.sax.saxutils, parse errors.
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr, unescape
import html
import io

catalog = ET.Element("catalog", {"version": "2", "currency": "EUR"})
items = [("p1", "Widget & Co", "tools", 9.99, ["metal", "small"]),
         ("p2", "Gadget <Pro>", "electronics", 129.0, ["usb"]),
         ("p3", "Doohickey", "tools", 4.5, []),
         ("p4", "Thingamajig", "toys", 19.95, ["kids", "wood", "eco"])]
for pid, name, cat, price, tags in items:
    p = ET.SubElement(catalog, "product", id=pid, category=cat)
    ET.SubElement(p, "name").text = name
    pr = ET.SubElement(p, "price")
    pr.text = f"{price:.2f}"
    pr.set("vat", "20" if cat != "toys" else "10")
    if tags:
        t = ET.SubElement(p, "tags")
        for tag in tags:
            ET.SubElement(t, "tag").text = tag
catalog.append(ET.Comment(" generated "))
ET.indent(catalog, space="  ")
text = ET.tostring(catalog, encoding="unicode")
print(text)
root = ET.fromstring(text)
print(root.tag, root.attrib, len(root), [c.tag for c in root][:3], root[0].get("id"), root[0].get("missing", "n/a"))
print([p.get("id") for p in root.findall("product[@category='tools']")])
print([n.text for n in root.iterfind(".//name")], root.findtext("product/price"), root.findtext("nothing", default="-"))
print([p.get("id") for p in root.findall("./product[tags]")], [t.text for t in root.findall(".//tags/tag[2]")])
print([p.find("name").text for p in root.findall("product") if float(p.findtext("price")) > 10])
print(sum(1 for _ in root.iter("tag")), [e.tag for e in root.iter() if e.tag not in ("tag",)][:6])
print(root.find("product[last()]").get("id"), [p.get("id") for p in root.findall("product[name='Doohickey']")])
for p in root.findall("product"):
    price = p.find("price")
    price.text = f"{float(price.text) * (1 + int(price.get('vat')) / 100):.2f}"
    price.attrib.pop("vat")
toys = root.find("product[@category='toys']")
root.remove(toys)
print(len(root.findall("product")), ET.tostring(root.find("product"), encoding="unicode").strip())
el = ET.Element("note")
el.text = "head"
child = ET.SubElement(el, "b")
child.text = "bold"
child.tail = " tail & more"
print(ET.tostring(el), ET.tostring(el, encoding="unicode", method="text"))
print(ET.tostring(ET.Element("empty")), ET.tostring(ET.Element("e", a='q"uote', b="<&>")))
ns_doc = """<r xmlns="http://example.com/a" xmlns:b="http://example.com/b"><item b:kind="x">one</item><b:item>two</b:item></r>"""
nr = ET.fromstring(ns_doc)
ns = {"a": "http://example.com/a", "b": "http://example.com/b"}
print(nr.tag, [e.tag for e in nr], nr.find("a:item", ns).text, nr.find("b:item", ns).text, nr.find("a:item", ns).attrib)
print(ET.tostring(nr, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<cfg><opt name='a'>1</opt><opt name='b'>2</opt></cfg>"))
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c>t</c></a>"), events=("start", "end"))]
print(events)
for bad in ["<a><b></a>", "<a>", "not xml", "<a x='1' x='2'/>", "<a>&nope;</a>", ""]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(f"{bad!r:>16}: {e} | code={e.code} pos={e.position}")
print(escape("a < b & c > d"), escape("x'y\"z", {"'": "&apos;"}), quoteattr('say "hi"'), quoteattr("plain"), unescape("&lt;p&gt; &amp;amp;"))
print(html.escape("<a href='x'>&</a>"), html.escape("'\"", quote=False), html.unescape("&eacute;&#233;&#x41;&copy;&nbsp;|&amp;lt;&bogus;"))
