# html: escape (quote or not), unescape with HTML5's named references (legacy ones without ';'), numeric references and their special cases; html.entities tables
import html
import html.entities as ent

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''), html.escape('plain'), html.escape('&amp;'))
cases = ['&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &#X41;', '&copy; &copy &COPY; &COPY &reg &nbsp;|',
         '&ampx &amp;x &notit; &notin; &not &noti', '&NotNestedGreaterGreater; &nGt; &bne; &fjlig;',
         '&acE; &ThickSpace; &Afr; &zwnj;', '&#0; &#13; &#x80; &#128; &#x9f; &#x81; &#150;',
         '&#xD800; &#xDFFF; &#x110000; &#99999999999999999999;', '&#1; &#x0b; &#x7f; &#xfdd0; &#xfffe; &#x10ffff; &#x1fffe;',
         '&#65 &#x41 &#x41x &#65z', '&unknown; &unknown &; & &# &#x &#xg; &#;', 'no refs at all',
         '&' + 'a' * 40 + ';', '&aacute&aacute;&Aacute', '&lt&gt&amp', '&LT;&GT;&QUOT;&AMP',
         '&tab&Tab;&NewLine;x&excl;', '&frac12; &frac12 &half; &ne; &nsub;&sub', '&Eacute;t&eacute;']
for c in cases:
    print(repr(html.unescape(c)))
print(html.unescape(html.escape('a < b & "c" \'d\'')))
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint['eacute'], ent.name2codepoint['lang'], ent.name2codepoint['euro'], ent.codepoint2name[8364], repr(ent.entitydefs['nbsp']))
print(ent.html5['amp'], ent.html5['amp;'], repr(ent.html5['NotEqualTilde;']), 'apos' in ent.name2codepoint, 'apos;' in ent.html5)
print(sorted(k for k in ent.html5 if not k.endswith(';'))[:12])
print(sorted(ent.name2codepoint)[:10], sorted(ent.name2codepoint)[-5:])
print(sum(ent.name2codepoint.values()), sum(len(v) for v in ent.html5.values()), sum(ord(c) for v in ent.html5.values() for c in v))
print(html.__all__, ent.__all__)
for f in [lambda: html.escape(None), lambda: html.unescape(None), lambda: html.escape(b'<')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
