# xml.parsers.expat with namespace_prefixes: prefixed names come as "uri local prefix" triplets.
from xml.parsers import expat

DOC = '<r xmlns="urn:a" xmlns:b="urn:b" b:at="1" z="2"><b:c b:q="x"/><e xmlns=""/><b:d xmlns:b="urn:other"/></r>'
for prefixes in (False, True):
    p = expat.ParserCreate(namespace_separator='|')
    p.namespace_prefixes = prefixes
    p.ordered_attributes = prefixes
    events = []
    p.StartElementHandler = lambda n, a: events.append(('start', n, a))
    p.EndElementHandler = lambda n: events.append(('end', n))
    p.StartNamespaceDeclHandler = lambda pre, uri: events.append(('ns', pre, uri))
    p.Parse(DOC, True)
    print(p.namespace_prefixes)
    for e in events:
        print('  ', e)
p = expat.ParserCreate()
p.namespace_prefixes = True
p.StartElementHandler = lambda n, a: print('no separator:', n, a)
p.Parse('<x:a xmlns:x="u" x:b="1"/>', True)
