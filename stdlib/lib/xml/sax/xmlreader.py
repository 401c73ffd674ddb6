"""The SAX reader interfaces: XMLReader, IncrementalParser, Locator, InputSource and the
attribute lists handed to startElement/startElementNS."""

from . import handler
from ._exceptions import SAXNotRecognizedException, SAXNotSupportedException


def _unknown(kind, name):
    return SAXNotRecognizedException("%s '%s' not recognized" % (kind, name))


class XMLReader:
    """A SAX parser: its handlers, features and properties."""

    def __init__(self):
        self._cont_handler = handler.ContentHandler()
        self._dtd_handler = handler.DTDHandler()
        self._ent_handler = handler.EntityResolver()
        self._err_handler = handler.ErrorHandler()

    def parse(self, source):
        raise NotImplementedError('This method must be implemented!')

    def setLocale(self, locale):
        raise SAXNotSupportedException('Locale support not implemented')

    def getFeature(self, name):
        raise _unknown('Feature', name)

    def setFeature(self, name, state):
        raise _unknown('Feature', name)

    def getProperty(self, name):
        raise _unknown('Property', name)

    def setProperty(self, name, value):
        raise _unknown('Property', name)


def _handler_accessors(cls, slots):
    """getX/setX for each handler a reader holds (the attribute named in `slots`)."""
    for public, attr in slots.items():
        def get(self, attr=attr):
            return getattr(self, attr)

        def set(self, value, attr=attr):
            setattr(self, attr, value)
        get.__name__, set.__name__ = 'get' + public, 'set' + public
        setattr(cls, get.__name__, get)
        setattr(cls, set.__name__, set)


_handler_accessors(XMLReader, {'ContentHandler': '_cont_handler', 'DTDHandler': '_dtd_handler',
                               'EntityResolver': '_ent_handler', 'ErrorHandler': '_err_handler'})


class IncrementalParser(XMLReader):
    """A reader fed its document piece by piece (feed, close, reset); parse() feeds it a source."""

    def __init__(self, bufsize=2 ** 16):
        self._bufsize = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        from .saxutils import prepare_input_source
        source = prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getCharacterStream()
        if stream is None:
            stream = source.getByteStream()
        while True:
            chunk = stream.read(self._bufsize)
            if not chunk:
                break
            self.feed(chunk)
        self.close()

    def feed(self, data):
        raise NotImplementedError('This method must be implemented!')

    def prepareParser(self, source):
        raise NotImplementedError('prepareParser must be overridden!')

    def close(self):
        raise NotImplementedError('This method must be implemented!')

    def reset(self):
        raise NotImplementedError('This method must be implemented!')


class Locator:
    """Where in the document the current event comes from (unknown by default)."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """A document to read: its identifiers, encoding, and a byte or character stream."""

    def __init__(self, system_id=None):
        self._fields = {'SystemId': system_id, 'PublicId': None, 'Encoding': None,
                        'ByteStream': None, 'CharacterStream': None}


def _field_accessors(cls, names):
    for field in names:
        def get(self, field=field):
            return self._fields[field]

        def set(self, value, field=field):
            self._fields[field] = value
        get.__name__, set.__name__ = 'get' + field, 'set' + field
        setattr(cls, get.__name__, get)
        setattr(cls, set.__name__, set)


_field_accessors(InputSource, ('SystemId', 'PublicId', 'Encoding', 'ByteStream', 'CharacterStream'))


class AttributesImpl:
    """An element's attributes by name (startElement's attrs)."""

    def __init__(self, attrs):
        self._attrs = attrs

    def getLength(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def getType(self, name):
        return 'CDATA'

    def getValue(self, name):
        return self._attrs[name]

    def __getitem__(self, name):
        return self._attrs[name]

    def getValueByQName(self, name):
        return self._attrs[name]

    def _known(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    getNameByQName = getQNameByName = _known

    def keys(self):
        return [*self._attrs]

    getNames = getQNames = keys

    def __contains__(self, name):
        return name in self._attrs

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def copy(self):
        return type(self)(self._attrs)

    def items(self):
        return [*self._attrs.items()]

    def values(self):
        return [*self._attrs.values()]


class AttributesNSImpl(AttributesImpl):
    """Attributes by (namespace, local name), with their qualified names (startElementNS)."""

    def __init__(self, attrs, qnames):
        self._attrs = attrs
        self._qnames = qnames

    def _by_qname(self, qname):
        for key, q in self._qnames.items():
            if q == qname:
                return key
        raise KeyError(qname)

    def getValueByQName(self, name):
        return self._attrs[self._by_qname(name)]

    def getNameByQName(self, name):
        return self._by_qname(name)

    def getQNameByName(self, name):
        return self._qnames[name]

    def getQNames(self):
        return [*self._qnames.values()]

    def copy(self):
        return type(self)(self._attrs, self._qnames)
