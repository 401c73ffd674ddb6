# html.parser: the handler calls (tags, attributes, data, comments, declarations, PIs, references) with positions, whole and fed in pieces
from html.parser import HTMLParser

class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def add(self, *event):
        self.events.append(event + (self.getpos(),))
    def handle_starttag(self, tag, attrs):
        self.add("start", tag, attrs, self.get_starttag_text())
    def handle_endtag(self, tag):
        self.add("end", tag)
    def handle_startendtag(self, tag, attrs):
        self.add("startend", tag, attrs)
    def handle_data(self, data):
        self.add("data", data)
    def handle_comment(self, data):
        self.add("comment", data)
    def handle_decl(self, decl):
        self.add("decl", decl)
    def handle_pi(self, data):
        self.add("pi", data)
    def handle_entityref(self, name):
        self.add("entityref", name)
    def handle_charref(self, name):
        self.add("charref", name)
    def unknown_decl(self, data):
        self.add("unknown_decl", data)

def merged(events):
    # Data events split by chunking are joined, positions dropped, for comparing runs.
    out = []
    for e in events:
        if e[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e[:-1])
    return out

DOCS = [
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>A &amp; B</title></head>\n<body class=main id=\'x\'>\n<p>Hello,<br/>world &copy; 2024 &#169; &#xA9;</p>\n</body>\n</html>\n',
    '<div data-x="1 &lt; 2" hidden checked=checked title=\'it&#39;s\' empty="">text</div>',
    '<a href="/x?a=1&b=2&amp;c=3">link</a><IMG SRC="pic.png" ALT="A pic" />',
    '<script>if (a < b && c > d) { x = "</div>"; }</script><p>after</p>',
    '<style type="text/css">p > a { color: red }</STYLE >tail',
    '<!-- a comment -- with dashes --><!----><!-- x --  >more',
    '<?xml version="1.0"?><?php echo 1 ?>',
    '<![CDATA[raw <b>text</b>]]><![if !IE]>ms<![endif]>',
    '<!weird declaration><!>',
    '</><p>x</p >< p>not a tag</ p ></p foo="bar">',
    'a < b and c > d, x<1>y, 5 &lt 6 &unknown; &#bad; &#; & alone &',
    '<p class="a" class="b" CLASS=c>dup</p><input value=a&amp;b disabled/>',
    '<ul>\n  <li>one\n  <li>two\n</ul>\n',
    '<br/><br /><hr/ ><img/src="x"/>',
    '<a b=\'c\' d = "e" f= g h =i j=>k</a>',
    '<p>caf&eacute; na&iuml;ve &notit; &notin; &amp&lt;&gt</p>',
    '<tag attr="multi\nline">\n\n</tag>\n<x\ny="1"\n>',
    '&#x1F600; &#128512; &#0; &#x110000; &#65',
    '<textarea><b>bold</b></textarea><title>&amp;</title>',
    '<div a="1"b="2" c=\'3\'d=4>glued</div>',
]

for conv in (True, False):
    print("== convert_charrefs", conv)
    for doc in DOCS:
        p = Recorder(convert_charrefs=conv)
        p.feed(doc)
        p.close()
        for e in p.events:
            print(e)
        print("rest", repr(p.rawdata), p.getpos(), p.lasttag)
        # The same text a character at a time gives the same calls (data may come in pieces).
        q = Recorder(convert_charrefs=conv)
        for ch in doc:
            q.feed(ch)
        q.close()
        r = Recorder(convert_charrefs=conv)
        half = len(doc) // 2
        r.feed(doc[:half]); r.feed(doc[half:]); r.close()
        print("pieces", merged(q.events) == merged(p.events), merged(r.events) == merged(p.events))
        if merged(q.events) != merged(p.events):
            print(" bytes", merged(q.events))
