# xml.parsers.expat: handlers, namespace processing, errors
from xml.parsers import expat

def make(sep=None):
    p = expat.ParserCreate(namespace_separator=sep)
    p.StartElementHandler = lambda n, a: print('start', n, a)
    p.EndElementHandler = lambda n: print('end', n)
    p.CharacterDataHandler = lambda d: print('data', repr(d))
    p.CommentHandler = lambda d: print('comment', repr(d))
    p.ProcessingInstructionHandler = lambda t, d: print('pi', t, repr(d))
    p.StartNamespaceDeclHandler = lambda pr, u: print('start-ns', pr, u)
    p.EndNamespaceDeclHandler = lambda pr: print('end-ns', pr)
    p.XmlDeclHandler = lambda v, e, s: print('decl', v, e, s)
    return p

doc = '<?xml version="1.0" encoding="utf-8"?>\n<a x="1&amp;2" xmlns:p="urn:p"><p:b p:y="&#10;\t">t&lt;x\ny<!--c--><?pi data ?><![CDATA[<&>]]></p:b></a>'
print(make('}').Parse(doc, True))
make().Parse(doc, True)
p = make(' ')
p.ordered_attributes = True
p.Parse('<r b="2" a="1" xmlns="urn:d"><s/></r>', True)
p = make()
p.buffer_text = True
for piece in ['<r>ab', 'c&amp;d', '\nef</r>']:
    p.Parse(piece)
p.Parse('', True)
for text in ['<a></b>', '<a>', '<a>&nope;</a>', '<a/><b/>']:
    p = expat.ParserCreate()
    try:
        p.Parse(text, True)
    except expat.ExpatError as e:
        print(type(e).__name__, e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
        print(expat.ErrorString(e.code), expat.errors.messages[e.code], expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH])
print(expat.error is expat.ExpatError, expat.errors.XML_ERROR_SYNTAX)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print(e)
