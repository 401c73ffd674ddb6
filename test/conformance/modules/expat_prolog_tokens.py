# Text outside the root element: Expat reads the token first, then rejects it, so a word ended
# by a delimiter is a "syntax error" at its start (junk after the root), and one ended by another
# character an invalid token at that character; unfinished literals/references are unclosed tokens
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat

cases = ['not xml', 'x', '\n\nfoo bar', '1', '12 <a/>', 'hello<a/>', 'ab"c', 'ab]', 'ab+', '1+',
         '(abc', "'abc", "'abc' <a/>", '"x"y', ']', ']]', ']]>', ')x', ')+', '#x', '#', '# x', '#x,',
         '%', '% x', '%x', '%x y', '%x;', '%1', '&', '*', '@', '\xb7b c', '<a/>junk', '<a/>(',
         '<a/>&', '<a/>"x', '<a/>%x;', '<a/>1+', '<a/>ab?', '<!-- c --> text', '<?xml version="1.0"?>hi']
for s in cases:
    try:
        ET.fromstring(s)
        print(repr(s), 'ok')
    except ET.ParseError as e:
        print(repr(s), e, e.code)
for chunks in [["ab", "c d"], ["<a/>", "jun", "k"], ["%x", ";"], ['"ab', 'c"']]:
    p = expat.ParserCreate()
    try:
        for ch in chunks:
            p.Parse(ch, False)
        p.Parse("", True)
        print(chunks, "ok")
    except expat.ExpatError as e:
        print(chunks, e)
