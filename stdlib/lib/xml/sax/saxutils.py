"""SAX helpers: escaping text and attribute values, XMLGenerator (a ContentHandler that
writes the events back as XML), XMLFilterBase and prepare_input_source."""

import io
import os
import sys
import codecs
import urllib.parse
from . import handler
from . import xmlreader


def _replace_all(text, mapping):
    for old, new in mapping.items():
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """&, < and > as entity references, then any other replacements given."""
    data = data.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
    return _replace_all(data, entities) if entities else data


def unescape(data, entities={}):
    """The reverse of escape(): &amp; last, so that '&amp;lt;' gives '&lt;'."""
    data = data.replace('&lt;', '<').replace('&gt;', '>')
    if entities:
        data = _replace_all(data, entities)
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):
    """An attribute value escaped and quoted, in the quotes that need no escaping if any do."""
    data = escape(data, {**entities, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', '&quot;')


class _EncodingWriter:
    """Text written to a binary stream in the generator's encoding (unencodable characters
    as character references)."""

    def __init__(self, out, encoding):
        self._out = out
        self._encoding = encoding

    def write(self, text):
        self._out.write(text.encode(self._encoding, 'xmlcharrefreplace'))

    def flush(self):
        flush = getattr(self._out, 'flush', None)
        if flush is not None:
            flush()


def _text_writer(out, encoding):
    if out is None:
        return sys.stdout
    stream_writers = tuple(getattr(codecs, n) for n in ('StreamWriter', 'StreamReaderWriter') if hasattr(codecs, n))
    if isinstance(out, io.TextIOBase) or isinstance(out, stream_writers):
        return out
    codecs.lookup(encoding)  # an unknown encoding fails now, as CPython's TextIOWrapper does
    return _EncodingWriter(out, encoding)


class XMLGenerator(handler.ContentHandler):
    """Writes the SAX events it receives as XML text."""

    def __init__(self, out=None, encoding='iso-8859-1', short_empty_elements=False):
        super().__init__()
        writer = _text_writer(out, encoding)
        self._write = writer.write
        self._flush = writer.flush
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._prefixes = {}          # namespace URI -> prefix in scope
        self._saved_prefixes = []    # the mappings the open prefix mappings replaced
        self._to_declare = []        # (prefix, uri) not written yet: on the next start tag
        self._tag_open = False       # a start tag written without its '>' yet

    def _name(self, pair):
        uri, local = pair
        if not uri:
            return local
        if uri == 'http://www.w3.org/XML/1998/namespace':
            return 'xml:' + local
        prefix = self._prefixes[uri]
        return prefix + ':' + local if prefix else local

    def _finish_tag(self):
        if self._tag_open:
            self._tag_open = False
            self._write('>')

    def _start(self, tag, extra, attributes):
        self._finish_tag()
        self._write('<' + tag + extra)
        for attr, value in attributes:
            self._write(' %s=%s' % (attr, quoteattr(value)))
        # with short_empty_elements, '>' waits: an element ended at once is written <x/>
        if self._short_empty_elements:
            self._tag_open = True
        else:
            self._write('>')

    def _end(self, tag):
        if self._tag_open:
            self._tag_open = False
            self._write('/>')
        else:
            self._write('</' + tag + '>')

    def _text(self, content, escaped):
        if not content:
            return
        self._finish_tag()
        if not isinstance(content, str):
            content = str(content, self._encoding)
        self._write(escape(content) if escaped else content)

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._saved_prefixes.append(dict(self._prefixes))
        self._prefixes[uri] = prefix
        self._to_declare.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefixes = self._saved_prefixes.pop()

    def startElement(self, name, attrs):
        self._start(name, '', attrs.items())

    def endElement(self, name):
        self._end(name)

    def startElementNS(self, name, qname, attrs):
        declared = ''.join(' xmlns:%s="%s"' % (p, u) if p else ' xmlns="%s"' % u for p, u in self._to_declare)
        self._to_declare = []
        self._start(self._name(name), declared, [(self._name(a), v) for a, v in attrs.items()])

    def endElementNS(self, name, qname):
        self._end(self._name(name))

    def characters(self, content):
        self._text(content, True)

    def ignorableWhitespace(self, content):
        self._text(content, False)

    def processingInstruction(self, target, data):
        self._finish_tag()
        self._write('<?%s %s?>' % (target, data))


def _forwarder(holder, method):
    def forward(self, *args):
        return getattr(getattr(self, holder), method)(*args)
    forward.__name__ = method
    return forward


class XMLFilterBase(xmlreader.XMLReader):
    """Sits between a reader and the application's handlers, passing every event and request
    through unchanged; subclasses override what they change."""

    def __init__(self, parent=None):
        super().__init__()
        self._parent = parent

    def parse(self, source):
        # the parent parses, with this filter as all of its handlers
        parent = self._parent
        parent.setContentHandler(self)
        parent.setErrorHandler(self)
        parent.setEntityResolver(self)
        parent.setDTDHandler(self)
        parent.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


# Events go on to the filter's handlers; configuration requests up to its parent.
for _holder, _methods in {
        '_err_handler': ('error', 'fatalError', 'warning'),
        '_cont_handler': ('setDocumentLocator', 'startDocument', 'endDocument', 'startPrefixMapping',
                          'endPrefixMapping', 'startElement', 'endElement', 'startElementNS',
                          'endElementNS', 'characters', 'ignorableWhitespace', 'processingInstruction',
                          'skippedEntity'),
        '_dtd_handler': ('notationDecl', 'unparsedEntityDecl'),
        '_ent_handler': ('resolveEntity',),
        '_parent': ('setLocale', 'getFeature', 'setFeature', 'getProperty', 'setProperty')}.items():
    for _method in _methods:
        setattr(XMLFilterBase, _method, _forwarder(_holder, _method))
del _holder, _methods, _method


def prepare_input_source(source, base=''):
    """An InputSource with a stream to read, from a path, a file object or an InputSource."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, 'read'):
        stream, source = source, xmlreader.InputSource()
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        if isinstance(getattr(stream, 'name', None), str):
            source.setSystemId(stream.name)
    if source.getByteStream() is None and source.getCharacterStream() is None:
        # only a system id: a file relative to base, else a URL
        sysid = source.getSystemId()
        local = os.path.join(os.path.dirname(os.path.normpath(base)), sysid)
        if os.path.isfile(local):
            source.setSystemId(local)
            source.setByteStream(open(local, 'rb'))
        else:
            import urllib.request
            url = urllib.parse.urljoin(base, sysid)
            source.setSystemId(url)
            source.setByteStream(urllib.request.urlopen(url))
    return source
