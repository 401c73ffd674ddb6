# TreeBuilder (parser events -> Element tree) and XMLParser (xml.parsers.expat -> a target's
# start/end/data/... calls, or the events of an XMLPullParser), as in CPython 3.11's
# _elementtree. ElementTree.py re-exports both.

from xml.parsers import expat
from xml.etree.ElementTree import Element, Comment, ProcessingInstruction, ParseError


class TreeBuilder:
    """Generic element structure builder."""
    __module__ = 'xml.etree.ElementTree'

    def __init__(self, element_factory=None, *,
                 comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []  # data collector
        self._elem = []  # element stack
        self._last = None  # last element
        self._root = None
        self._tail = None  # true if we're after an end tag
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        """Flush builder buffers and return toplevel document Element."""
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        """Add text to current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Open new element and return it."""
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        """Close and return current Element."""
        self._flush()
        if not self._elem:
            raise IndexError('pop from empty stack')
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        """Create a comment using the comment_factory."""
        return self._handle_single(
            self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        """Create a processing instruction using the pi_factory."""
        return self._handle_single(
            self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert and self._elem:
            self._flush()
            self._last = elem
            self._elem[-1].append(elem)
            self._tail = 1
        return elem


def _fixname(key):
    # expat gives "uri}local" for names in a namespace
    if '}' in key:
        return '{' + key
    return key


class XMLParser:
    """Element structure builder for XML source data based on the expat parser."""
    __module__ = 'xml.etree.ElementTree'

    def __init__(self, *, target=None, encoding=None):
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, 'start'):
            parser.StartElementHandler = self._start
        if hasattr(target, 'end'):
            parser.EndElementHandler = self._end
        if hasattr(target, 'start_ns'):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, 'end_ns'):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, 'data'):
            parser.CharacterDataHandler = target.data
        if hasattr(target, 'comment'):
            parser.CommentHandler = target.comment
        if hasattr(target, 'pi'):
            parser.ProcessingInstructionHandler = target.pi
        if hasattr(target, 'doctype'):
            parser.StartDoctypeDeclHandler = self._doctype
        parser.ordered_attributes = 1
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info

    def _setevents(self, events_queue, events_to_report):
        # XMLPullParser asks for its events here: each one replaces a handler
        parser = self._parser
        append = events_queue.append
        for event_name in events_to_report:
            if event_name == "start":
                def handler(tag, attrib_in, event=event_name, append=append,
                            start=self._start):
                    append((event, start(tag, attrib_in)))
                parser.StartElementHandler = handler
            elif event_name == "end":
                def handler(tag, event=event_name, append=append,
                            end=self._end):
                    append((event, end(tag)))
                parser.EndElementHandler = handler
            elif event_name == "start-ns":
                if hasattr(self.target, "start_ns"):
                    def handler(prefix, uri, event=event_name, append=append,
                                start_ns=self._start_ns):
                        append((event, start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri, event=event_name, append=append):
                        append((event, (prefix or '', uri or '')))
                parser.StartNamespaceDeclHandler = handler
            elif event_name == "end-ns":
                if hasattr(self.target, "end_ns"):
                    def handler(prefix, event=event_name, append=append,
                                end_ns=self._end_ns):
                        append((event, end_ns(prefix)))
                else:
                    def handler(prefix, event=event_name, append=append):
                        append((event, None))
                parser.EndNamespaceDeclHandler = handler
            elif event_name == 'comment':
                def handler(text, event=event_name, append=append, self=self):
                    append((event, self.target.comment(text)))
                parser.CommentHandler = handler
            elif event_name == 'pi':
                def handler(pi_target, data, event=event_name, append=append,
                            self=self):
                    append((event, self.target.pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError("unknown event %r" % event_name)

    def _raiseerror(self, value):
        err = ParseError(value)
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attr_list):
        # attributes come as a flat [name, value, ...] list (ordered_attributes)
        attrib = {}
        for i in range(0, len(attr_list), 2):
            attrib[_fixname(attr_list[i])] = attr_list[i + 1]
        return self.target.start(_fixname(tag), attrib)

    def _end(self, tag):
        return self.target.end(_fixname(tag))

    def _doctype(self, name, system, pubid, has_internal_subset):
        self.target.doctype(name, pubid, system)

    def _default(self, text):
        if text[:1] != "&":
            return
        # deal with undefined entities
        try:
            data_handler = self.target.data
        except AttributeError:
            return
        try:
            data_handler(self.entity[text[1:-1]])
        except KeyError:
            parser = self.parser
            err = expat.error(
                "undefined entity %s: line %d, column %d" %
                (text, parser.CurrentLineNumber, parser.CurrentColumnNumber)
                )
            err.code = 11  # XML_ERROR_UNDEFINED_ENTITY
            err.lineno = parser.CurrentLineNumber
            err.offset = parser.CurrentColumnNumber
            raise err

    def feed(self, data):
        """Feed encoded data to parser."""
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        """Finish feeding data to parser and return element structure."""
        try:
            self.parser.Parse(b"", True)  # end of data
        except self._error as v:
            self._raiseerror(v)
        try:
            close_handler = self.target.close
        except AttributeError:
            return None
        return close_handler()

    def flush(self):
        pass
