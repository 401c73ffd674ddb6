# xml.parsers.expat: CurrentLineNumber/ColumnNumber (and pyexpat's Error* twins) give the position of the event being reported.
from xml.parsers import expat

DOC = '<?xml version="1.0"?>\n<a>\n  <b x="1">t\u00e9xt &amp; more</b>\n  <?pi d?><!-- c -->\n  <![CDATA[x\ny]]>&#65;\n</a>'
for buffer_text in (False, True):
    p = expat.ParserCreate()
    p.buffer_text = buffer_text
    here = lambda: (p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorLineNumber, p.ErrorColumnNumber)
    p.StartElementHandler = lambda n, a: print('start', n, here())
    p.EndElementHandler = lambda n: print('end', n, here())
    p.ProcessingInstructionHandler = lambda t, d: print('pi', t, here())
    p.CharacterDataHandler = lambda d: print('text', repr(d), here())
    p.CommentHandler = lambda d: print('comment', repr(d), here())
    p.StartCdataSectionHandler = lambda: print('cdata start', here())
    p.EndCdataSectionHandler = lambda: print('cdata end', here())
    p.Parse(DOC, True)
    print('after', here())
p = expat.ParserCreate()
try:
    p.Parse('<a>\n<b></a>', True)
except expat.ExpatError as e:
    print(e, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorCode)
try:
    p.Parse('more', True)
except expat.ExpatError as e:
    print('again:', expat.ErrorString(e.code), e.code)
p = expat.ParserCreate()
p.Parse('<ok/>', True)
try:
    p.Parse('', True)
except expat.ExpatError as e:
    print(e)
