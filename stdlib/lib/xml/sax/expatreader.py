"""The SAX driver over xml.parsers.expat (tpy's Expat work-alike): ExpatParser."""

from xml.parsers import expat
from xml.sax._exceptions import SAXParseException, SAXNotRecognizedException, SAXNotSupportedException
from xml.sax.handler import (feature_namespaces, feature_validation, feature_namespace_prefixes,
                             feature_external_ges, feature_external_pes, feature_string_interning,
                             property_lexical_handler, property_declaration_handler,
                             property_interning_dict, property_xml_string)
from xml.sax import xmlreader, saxutils

from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

version = '0.20'


class ExpatLocator(xmlreader.Locator):
    """The locator handed to setDocumentLocator: the parser's position while it parses."""

    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        p = self._parser
        return None if p._parser is None else p._parser.ErrorColumnNumber

    def getLineNumber(self):
        p = self._parser
        return 1 if p._parser is None else p._parser.ErrorLineNumber

    def getPublicId(self):
        return self._parser._source.getPublicId()

    def getSystemId(self):
        return self._parser._source.getSystemId()


class _ClosedParser:
    """What is left of the expat parser after close(): the last error position."""
    ErrorColumnNumber = None
    ErrorLineNumber = None


def _pair(name):
    """(namespace, local name) of an expat name (namespace mode: 'uri local [prefix]')."""
    parts = name.split()
    if len(parts) == 1:
        return None, name
    return parts[0], parts[1]


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for xml.parsers.expat."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        super().__init__(bufsize)
        self._namespaces = namespaceHandling
        self._source = xmlreader.InputSource()
        self._parser = None
        self._lex_handler_prop = None
        self._parsing = False
        self._entity_stack = []
        self._external_ges = 0
        self._interning = None

    # -- XMLReader --

    def parse(self, source):
        self._source = source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            self.getContentHandler().setDocumentLocator(ExpatLocator(self))
            super().parse(source)
        except:
            # the caller of xml.sax.parse() has no way to close the file
            self._close_source()
            raise

    def prepareParser(self, source):
        pass

    def setContentHandler(self, handler):
        super().setContentHandler(handler)
        if self._parsing:
            self._connect_content_handler()

    # Features: what getFeature answers, and what setFeature may change (others are
    # refused when turned on: expat validates nothing and reads no external entities).
    def _feature_values(self):
        return {feature_namespaces: self._namespaces,
                feature_string_interning: self._interning is not None,
                feature_validation: 0, feature_external_pes: 0, feature_namespace_prefixes: 0,
                feature_external_ges: self._external_ges}

    def getFeature(self, name):
        values = self._feature_values()
        if name not in values:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)
        return values[name]

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException('Cannot set features while parsing')
        if name not in self._feature_values():
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)
        if name == feature_namespaces:
            self._namespaces = state
        elif name == feature_external_ges:
            self._external_ges = state
        elif name == feature_string_interning:
            self._interning = ({} if self._interning is None else self._interning) if state else None
        elif state:
            raise SAXNotSupportedException('expat does not ' + {
                feature_validation: 'support validation',
                feature_external_pes: 'read external parameter entities',
                feature_namespace_prefixes: 'report namespace prefixes'}[name])

    def getProperty(self, name):
        if name == property_lexical_handler:
            return self._lex_handler_prop
        if name == property_interning_dict:
            return self._interning
        if name == property_xml_string:
            if self._parser is None:
                raise SAXNotSupportedException('XML string cannot be returned when not parsing')
            return self._parser.GetInputContext()
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        if name not in (property_lexical_handler, property_interning_dict):
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)
        if name == property_interning_dict:
            self._interning = value
            return
        self._lex_handler_prop = value
        if self._parsing:
            self._connect_lexical_handler()

    # -- IncrementalParser --

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._err_handler.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def _close_source(self):
        source = self._source
        try:
            stream = source.getCharacterStream()
            if stream is not None:
                stream.close()
        finally:
            stream = source.getByteStream()
            if stream is not None:
                stream.close()

    def close(self):
        if self._entity_stack or self._parser is None or isinstance(self._parser, _ClosedParser):
            return
        try:
            self.feed(b'', isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            if self._parser is not None:
                # the error position stays readable after closing
                closed = _ClosedParser()
                closed.ErrorColumnNumber = self._parser.ErrorColumnNumber
                closed.ErrorLineNumber = self._parser.ErrorLineNumber
                self._parser = closed
            self._close_source()

    def reset(self):
        if self._namespaces:
            p = expat.ParserCreate(self._source.getEncoding(), ' ')
            p.namespace_prefixes = 1
            p.StartElementHandler = self.start_element_ns
            p.EndElementHandler = self.end_element_ns
        else:
            p = expat.ParserCreate(self._source.getEncoding())
            p.StartElementHandler = self.start_element
            p.EndElementHandler = self.end_element
        self._parser = p
        self._connect_content_handler()
        p.StartNamespaceDeclHandler = self._prefix_start
        p.EndNamespaceDeclHandler = self._prefix_end
        p.SkippedEntityHandler = self._skipped
        if self._lex_handler_prop:
            self._connect_lexical_handler()
        self._parsing = False
        self._entity_stack = []

    def _connect_content_handler(self):
        # text and instructions go straight to the content handler
        handler, p = self._cont_handler, self._parser
        p.ProcessingInstructionHandler = handler.processingInstruction
        p.CharacterDataHandler = handler.characters

    def _connect_lexical_handler(self):
        lex = self._lex_handler_prop
        p = self._parser
        if lex is None:
            p.CommentHandler = p.StartCdataSectionHandler = p.EndCdataSectionHandler = None
            p.StartDoctypeDeclHandler = p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lex.comment
            p.StartCdataSectionHandler = lex.startCDATA
            p.EndCdataSectionHandler = lex.endCDATA
            p.StartDoctypeDeclHandler = self._doctype_start
            p.EndDoctypeDeclHandler = lex.endDTD

    # -- Locator --

    def getColumnNumber(self):
        return None if self._parser is None else self._parser.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # -- expat's events --

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def start_element_ns(self, name, attrs):
        values = {}
        qnames = {}
        for aname, value in attrs.items():
            parts = aname.split()
            if len(parts) == 1:
                qname, key = aname, (None, aname)
            elif len(parts) == 3:
                qname, key = '%s:%s' % (parts[2], parts[1]), (parts[0], parts[1])
            else:
                qname, key = parts[1], tuple(parts)
            values[key] = value
            qnames[key] = qname
        self._cont_handler.startElementNS(_pair(name), None, AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(_pair(name), None)

    def _prefix_start(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def _prefix_end(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def _doctype_start(self, name, sysid, pubid, has_internal_subset):
        # SAX's LexicalHandler takes the public id before the system id
        self._lex_handler_prop.startDTD(name, pubid, sysid)

    def _skipped(self, name, is_parameter_entity):
        self._cont_handler.skippedEntity('%' + name if is_parameter_entity else name)


def create_parser(*args, **kwargs):
    """The reader xml.sax.make_parser() gives."""
    return ExpatParser(*args, **kwargs)
