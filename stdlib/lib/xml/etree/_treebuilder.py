# TreeBuilder (parser events -> an Element tree) and XMLParser (xml.parsers.expat's callbacks
# -> a target's start/end/data/comment/pi/... calls, or the events an XMLPullParser asks for),
# with the behaviour of CPython 3.11's _elementtree. ElementTree.py re-exports both.

from xml.parsers import expat
from xml.etree.ElementTree import Element, Comment, ProcessingInstruction, ParseError


class TreeBuilder:
    """Builds an element tree from a parser's start/end/data/comment/pi calls."""
    __module__ = 'xml.etree.ElementTree'

    def __init__(self, element_factory=None, *,
                 comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._make_element = Element if element_factory is None else element_factory
        self._make_comment = Comment if comment_factory is None else comment_factory
        self._make_pi = ProcessingInstruction if pi_factory is None else pi_factory
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []          # elements started and not ended yet, innermost last
        self._root = None
        self._latest = None      # the element the text received next belongs to
        self._ended = False      # ... as its tail (it ended) or as its text (it started)
        self._text = []          # text received since the last element event

    def close(self):
        """The root element (None when no element started)."""
        return self._root

    def _place_text(self):
        if not self._text:
            return
        text = "".join(self._text)
        self._text = []
        if self._latest is None:
            return  # before the first element: nowhere to put it
        if self._ended:
            self._latest.tail = text
        else:
            self._latest.text = text

    def data(self, data):
        """Text inside the current element (or after the last one ended)."""
        self._text.append(data)

    def start(self, tag, attrs):
        """Opens an element: a child of the open one, or the root. Returns it."""
        self._place_text()
        elem = self._make_element(tag, attrs)
        if self._open:
            self._open[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._open.append(elem)
        self._latest, self._ended = elem, False
        return elem

    def end(self, tag):
        """Closes the innermost open element and returns it."""
        self._place_text()
        if not self._open:
            raise IndexError('pop from empty stack')
        elem = self._open.pop()
        self._latest, self._ended = elem, True
        return elem

    def comment(self, text):
        """A comment node from comment_factory, put in the tree when insert_comments is set."""
        return self._leaf(self._make_comment(text), self.insert_comments)

    def pi(self, target, text=None):
        """A processing instruction from pi_factory, put in the tree when insert_pis is set."""
        return self._leaf(self._make_pi(target, text), self.insert_pis)

    def _leaf(self, node, insert):
        # Only inside an element: a comment before the root is made but kept nowhere.
        if insert and self._open:
            self._place_text()
            self._open[-1].append(node)
            self._latest, self._ended = node, True
        return node


def _element_name(name):
    # expat, asked for namespaces with "}" as separator, gives "uri}local".
    return '{' + name if '}' in name else name


class XMLParser:
    """An XML parser (xml.parsers.expat underneath) feeding a target, a TreeBuilder by default."""
    __module__ = 'xml.etree.ElementTree'

    def __init__(self, *, target=None, encoding=None):
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        parser.ordered_attributes = 1
        parser.DefaultHandlerExpand = self._unexpanded
        # Each callback the target has is wired to expat's handler for it.
        wiring = (
            ('start', 'StartElementHandler', self._start),
            ('end', 'EndElementHandler', self._end),
            ('start_ns', 'StartNamespaceDeclHandler', self._start_ns),
            ('end_ns', 'EndNamespaceDeclHandler', self._end_ns),
            ('data', 'CharacterDataHandler', getattr(target, 'data', None)),
            ('comment', 'CommentHandler', getattr(target, 'comment', None)),
            ('pi', 'ProcessingInstructionHandler', getattr(target, 'pi', None)),
            ('doctype', 'StartDoctypeDeclHandler', self._doctype),
        )
        for method, handler, callback in wiring:
            if hasattr(target, method):
                setattr(parser, handler, callback)

    def _setevents(self, events_queue, events_to_report):
        """XMLPullParser's events: each requested one queues (event, what the target made)."""
        parser = self._parser
        target = self.target
        queue = events_queue.append

        def reporting(event, make):
            def handler(*args):
                queue((event, make(*args)))
            return handler

        start_ns = self._start_ns if hasattr(target, 'start_ns') else (lambda prefix, uri: (prefix or '', uri or ''))
        end_ns = self._end_ns if hasattr(target, 'end_ns') else (lambda prefix: None)
        makers = {
            'start': ('StartElementHandler', self._start),
            'end': ('EndElementHandler', self._end),
            'start-ns': ('StartNamespaceDeclHandler', start_ns),
            'end-ns': ('EndNamespaceDeclHandler', end_ns),
            'comment': ('CommentHandler', lambda text: target.comment(text)),
            'pi': ('ProcessingInstructionHandler', lambda pi_target, data: target.pi(pi_target, data)),
        }
        for event in events_to_report:
            if event not in makers:
                raise ValueError("unknown event %r" % event)
            handler, make = makers[event]
            setattr(parser, handler, reporting(event, make))

    def _parse_error(self, error):
        err = ParseError(error)
        err.code = error.code
        err.position = error.lineno, error.offset
        return err

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attributes):
        # ordered_attributes: a flat [name, value, name, value, ...] list
        names = attributes[0::2]
        values = attributes[1::2]
        attrib = {_element_name(name): value for name, value in zip(names, values)}
        return self.target.start(_element_name(tag), attrib)

    def _end(self, tag):
        return self.target.end(_element_name(tag))

    def _doctype(self, name, system, pubid, has_internal_subset):
        self.target.doctype(name, pubid, system)

    def _unexpanded(self, text):
        # An entity reference expat left alone: one the `entity` dict defines is data;
        # any other is the "undefined entity" error.
        if not text.startswith("&"):
            return
        data = getattr(self.target, 'data', None)
        if data is None:
            return
        name = text[1:-1]
        if name in self.entity:
            data(self.entity[name])
            return
        parser = self.parser
        line, column = parser.CurrentLineNumber, parser.CurrentColumnNumber
        err = expat.error("undefined entity %s: line %d, column %d" % (text, line, column))
        err.code = 11  # XML_ERROR_UNDEFINED_ENTITY
        err.lineno = line
        err.offset = column
        raise err

    def _parse(self, data, final):
        try:
            self.parser.Parse(data, final)
            return
        except self._error as error:
            err = self._parse_error(error)
        # Raised outside the handler: no context, as the C parser's ParseError has none.
        raise err

    def feed(self, data):
        """Parses the next piece of the document (str or bytes)."""
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._parse(data, False)

    def close(self):
        """Ends the document; returns what the target's close() returns (the root, for a TreeBuilder)."""
        self._parse(b"", True)
        close = getattr(self.target, 'close', None)
        return None if close is None else close()

    def flush(self):
        pass


# C types in CPython (_elementtree): tracebacks show none of their frames, and messages name
# them xml.etree.ElementTree.TreeBuilder / XMLParser.
from _c_type_names import as_c_type as _as_c_type
_as_c_type(TreeBuilder)
_as_c_type(XMLParser, ('_setevents',))
del _as_c_type
