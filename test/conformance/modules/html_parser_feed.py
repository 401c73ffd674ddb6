# html.parser: what feed() keeps for later, close() on unfinished input, reset, script/style content, set_cdata_mode, marked-section errors
from html.parser import HTMLParser

class Log(HTMLParser):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.log = []
    def handle_starttag(self, tag, attrs):
        self.log.append(("start", tag, attrs))
    def handle_endtag(self, tag):
        self.log.append(("end", tag))
    def handle_data(self, data):
        self.log.append(("data", data))
    def handle_comment(self, data):
        self.log.append(("comment", data))
    def handle_entityref(self, name):
        self.log.append(("entityref", name))
    def handle_charref(self, name):
        self.log.append(("charref", name))
    def handle_decl(self, decl):
        self.log.append(("decl", decl))
    def handle_pi(self, data):
        self.log.append(("pi", data))
    def unknown_decl(self, data):
        self.log.append(("unknown_decl", data))
    def take(self):
        out, self.log = self.log, []
        return out

for conv in (True, False):
    print("== convert_charrefs", conv)
    for pieces in (["<di", "v cla", "ss='a'", ">te", "xt &am", "p; more", "</di", "v>"],
                   ["<!-", "- com", "ment -", "->"], ["<!DOC", "TYPE html", ">"], ["<?p", "i ?", ">"],
                   ["a &#3", "9; b &#x", "41; c"], ["x &co", "py y"], ["tail &"], ["tail &a"], ["tail &#"],
                   ["<a href='x"], ["<a href"], ["<a/"], ["<p"], ["</p"], ["<!-- open"], ["<"], ["a<"], ["<![CDATA[x"],
                   ["<script>var s = '</scr", "ipt>';</script>"], ["<script>never closed"], ["<style>a{}</sty", "le>"],
                   ["text with &amp; no end"], ["x" * 10 + "&" + "y" * 40], ["&" + "y" * 20]):
        p = Log(convert_charrefs=conv)
        for piece in pieces:
            p.feed(piece)
            print(repr(piece), p.take(), repr(p.rawdata), p.getpos())
        p.close()
        print("  close", p.take(), repr(p.rawdata), p.getpos())

p = Log()
p.feed("<p>partial <b")
p.reset()
print(p.take(), repr(p.rawdata), p.getpos(), p.lasttag, p.cdata_elem, p.get_starttag_text())
p.feed("<i>ok</i>")
p.close()
print(p.take(), p.lasttag, p.get_starttag_text())

class Textarea(Log):
    CDATA_CONTENT_ELEMENTS = ("script", "style", "textarea")
p = Textarea()
p.feed("<textarea><b>&amp;</b></TEXTAREA><script>1</script>")
p.close()
print(p.take())

class Manual(Log):
    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag == "pre":
            self.set_cdata_mode(tag)
p = Manual()
p.feed("<pre><x>&lt;</pre><x>&lt;</x>")
p.close()
print(p.take(), p.cdata_elem)
p = Manual()
p.set_cdata_mode("Code")
print(p.cdata_elem)
p.feed("<a></code>")
p.clear_cdata_mode()
p.feed("<a>")
p.close()
print(p.take(), p.cdata_elem)

for text in ("<![foo[x]]>", "<![ x"):
    p = Log()
    try:
        p.feed(text)
        p.close()
        print(p.take())
    except AssertionError as e:
        print(type(e).__name__, e, p.getpos())

base = HTMLParser()
base.feed("<a href=x>t</a><br/><!--c--><!doctype x><?pi><![CDATA[z]]>&amp;&#65;")
base.close()
print(repr(base.rawdata), base.getpos(), base.lasttag, base.convert_charrefs)
print(HTMLParser.CDATA_CONTENT_ELEMENTS)

class Both(Log):
    pass
b = Both()
b.feed("<br/><img src=a />")
b.close()
print(b.take())
try:
    HTMLParser(False)
except TypeError as e:
    print(type(e).__name__, e)
