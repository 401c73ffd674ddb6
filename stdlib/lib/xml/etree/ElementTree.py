"""Lightweight XML support: Element trees, parsing and writing XML."""
# tpy: the elements and trees, parsing (over xml.parsers.expat) and TreeBuilder; writing
# is in xml/etree/_serialize.py. Behaviour follows CPython 3.11's C accelerator
# (_elementtree), which is what `import xml.etree.ElementTree` gives there.

__all__ = [
    "Comment",
    "dump",
    "Element", "ElementTree",
    "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse",
    "parse", "ParseError",
    "PI", "ProcessingInstruction",
    "QName",
    "SubElement",
    "tostring", "tostringlist",
    "TreeBuilder",
    "VERSION",
    "XML", "XMLID",
    "XMLParser", "XMLPullParser",
    "register_namespace",
    "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"

import sys
import re
import warnings
import io
import collections
import contextlib

from . import ElementPath


class ParseError(SyntaxError):
    """An error when parsing an XML document."""
    pass


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


_MISSING = object()


def _type_error(where, expected, value):
    return TypeError('%s must be %s, not %s' % (where, expected, type(value).__name__))


def _check_element(where, value):
    if not isinstance(value, Element):
        raise _type_error(where, 'xml.etree.ElementTree.Element', value)


def _is_xpath(path):
    """Whether find/findall/findtext must hand path to ElementPath: it is not text, it opens
    with a '{}' or '{*}' wildcard, or it has one of / * [ @ . outside a {uri}."""
    if isinstance(path, bytes):
        path = path.decode('latin-1')
    elif not isinstance(path, str):
        return True
    if path[:2] == '{}' and len(path) >= 3 or path[:3] == '{*}':
        return True
    in_uri = False
    for ch in path:
        if ch == '{':
            in_uri = True
        elif ch == '}':
            in_uri = False
        elif not in_uri and ch in '/*[@.':
            return True
    return False


class Element:
    """An XML element."""

    def __init__(self, tag=_MISSING, attrib=_MISSING, **extra):
        if tag is _MISSING:
            raise TypeError('Element() takes at least 1 argument (0 given)')
        if attrib is _MISSING:
            attrib = {}
        elif not isinstance(attrib, dict):
            raise _type_error('Element() argument 2', 'dict', attrib)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<Element %r at %#x>' % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Create a new element with the same type."""
        if not isinstance(attrib, dict):
            raise _type_error('makeelement() argument 2', 'dict', attrib)
        return Element(tag, dict(attrib))

    def __copy__(self):
        elem = Element(self.tag)
        elem.attrib = self.attrib  # shared, as _elementtree's shallow copy does
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = Element(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        elem.text = copy.deepcopy(self.text, memo)
        elem.tail = copy.deepcopy(self.tail, memo)
        elem._children = [copy.deepcopy(child, memo) for child in self._children]
        memo[id(self)] = elem
        return elem

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * len(self._children)

    def __getstate__(self):
        return {'tag': self.tag, 'attrib': self.attrib, 'text': self.text,
                'tail': self.tail, '_children': self._children}

    def __setstate__(self, state):
        self.tag = state['tag']
        self.attrib = state.get('attrib', {})
        self.text = state.get('text')
        self.tail = state.get('tail')
        self._children = list(state.get('_children', []))

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        if not hasattr(index, '__index__'):
            raise TypeError('element indices must be integers')
        try:
            return self._children[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            try:
                items = list(element)
            except TypeError:
                raise TypeError('expected sequence, not "%s"' % type(element).__name__) from None
            for item in items:
                if not isinstance(item, Element):
                    raise TypeError('expected an Element, not "%s"' % type(item).__name__)
            self._children[index] = items
            return
        if not hasattr(index, '__index__'):
            raise TypeError('element indices must be integers')
        if not -len(self._children) <= index < len(self._children):
            raise IndexError('child assignment index out of range')
        _check_element('__setitem__() argument 2', element)
        self._children[index] = element

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._children[index]
            return
        if not hasattr(index, '__index__'):
            raise TypeError('element indices must be integers')
        try:
            del self._children[index]
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def append(self, subelement):
        """Add *subelement* to the end of this element."""
        _check_element('append() argument', subelement)
        self._children.append(subelement)

    def extend(self, elements):
        """Append subelements from a sequence."""
        try:
            items = list(elements)
        except TypeError:
            raise TypeError('expected sequence, not "%s"' % type(elements).__name__) from None
        for element in items:
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"' % type(element).__name__)
        self._children.extend(items)

    def insert(self, index, subelement):
        """Insert *subelement* at position *index*."""
        _check_element('insert() argument 2', subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Remove matching subelement."""
        _check_element('remove() argument', subelement)
        children = self._children
        for i in range(len(children)):
            if children[i] is subelement:
                del children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    # As CPython's C Element: a path that is just a tag name (and no namespace map) is looked
    # up among the children directly, without ElementPath.
    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        if namespaces is None and not _is_xpath(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Find text for first matching element by tag name or path."""
        if namespaces is None and not _is_xpath(path):
            for child in self._children:
                if child.tag == path:
                    return child.text or ''
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        if namespaces is None and not _is_xpath(path):
            return [child for child in self._children if child.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Reset element."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key=_MISSING, default=None):
        """Get element attribute."""
        if key is _MISSING:
            raise TypeError("get() missing required argument 'key' (pos 1)")
        return self.attrib.get(key, default)

    def set(self, *args):
        """Set element attribute."""
        if len(args) != 2:
            raise TypeError('set expected 2 arguments, got %d' % len(args))
        self.attrib[args[0]] = args[1]

    def keys(self):
        """Get list of attribute names."""
        return list(self.attrib.keys())

    def items(self):
        """Get element attributes as a sequence."""
        return list(self.attrib.items())

    def iter(self, tag=None):
        """Create tree iterator."""
        if tag == '*':
            tag = None
        return _iter_tree(self, tag)

    def itertext(self):
        """Create text iterator."""
        # the text of comments and processing instructions too, as _elementtree does
        t = self.text
        if t:
            yield t
        for e in self._children:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def _iter_tree(root, tag):
    "Every element under root, root first, in document order (without recursion)."
    if tag is None or root.tag == tag:
        yield root
    stack = [(root._children, 0)]
    while stack:
        children, i = stack[-1]
        if i >= len(children):
            stack.pop()
            continue
        stack[-1] = (children, i + 1)
        elem = children[i]
        if tag is None or elem.tag == tag:
            yield elem
        if elem._children:
            stack.append((elem._children, 0))


def SubElement(parent=_MISSING, tag=_MISSING, attrib=_MISSING, **extra):
    """Create an element and append it to parent."""
    if tag is _MISSING:
        raise TypeError('SubElement() takes at least 2 arguments (%d given)'
                        % (0 if parent is _MISSING else 1))
    _check_element('SubElement() argument 1', parent)
    if attrib is _MISSING:
        attrib = {}
    elif not isinstance(attrib, dict):
        raise _type_error('SubElement() argument 3', 'dict', attrib)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """Comment element factory."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """Processing Instruction element factory."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """Qualified name wrapper."""
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """An XML element hierarchy."""
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """Return root element of this tree."""
        return self._root

    def _setroot(self, element):
        """Replace root element of this tree."""
        self._root = element

    def parse(self, source, parser=None):
        """Load external XML document into element tree."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        """Create and return tree iterator for the root element."""
        return self._root.iter(tag)

    def _absolute(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3
                )
        return path

    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.find(self._absolute(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.findtext(self._absolute(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.findall(self._absolute(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.iterfind(self._absolute(path), namespaces)

    def write(self, file_or_filename,
              encoding=None,
              xml_declaration=None,
              default_namespace=None,
              method=None, *,
              short_empty_elements=True):
        """Write element tree to a file as XML."""
        _serialize.write_tree(self._root, file_or_filename, encoding, xml_declaration,
                              default_namespace, method, short_empty_elements)

    def write_c14n(self, file):
        raise NotImplementedError('tpy: ElementTree.write_c14n() is not supported')


def register_namespace(prefix, uri):
    """Register a namespace prefix."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}
register_namespace._namespace_map = _namespace_map

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def tostring(element, encoding=None, method=None, *,
             xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """Generate string representation of XML element."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    pieces = []
    stream = _serialize.ListStream(pieces, encoding == 'unicode')
    ElementTree(element).write(stream, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return pieces


def dump(elem):
    """Write element tree or element structure to sys.stdout."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent a tree in place: each element on its own line, nested by space."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    # indentations[n] is the text that starts a line at depth level + n
    indentations = ["\n" + level * space]

    def indent_children(elem, depth):
        child_depth = depth + 1
        if child_depth < len(indentations):
            child_indentation = indentations[child_depth]
        else:
            child_indentation = indentations[depth] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                indent_children(child, child_depth)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        # the last child's tail leads to the parent's end tag, one level up
        if not child.tail.strip():
            child.tail = indentations[depth]

    indent_children(tree, 0)


def parse(source, parser=None):
    """Parse XML document into element tree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    def __init__(self, pullparser, source):
        self.root = None
        self._pullparser = pullparser
        self._source = source
        self._close_source = False
        self._gen = self._events()
        if not hasattr(source, "read"):
            self._source = open(source, "rb")
            self._close_source = True

    def _events(self):
        pullparser = self._pullparser
        try:
            while True:
                yield from pullparser.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pullparser.feed(data)
            root = pullparser._close_and_return_root()
            yield from pullparser.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """Incrementally parse XML document into ElementTree."""
    pullparser = XMLPullParser(events=events, _parser=parser)
    return _IterParseIterator(pullparser, source)


class XMLPullParser:

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        """Feed encoded data to parser."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finish feeding data to parser."""
        self._close_and_return_root()

    def read_events(self):
        """Return an iterator over currently available (event, elem) pairs."""
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            else:
                yield event


def XML(text, parser=None):
    """Parse XML document from string constant."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """Parse XML document from string constant for its IDs."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse XML document from sequence of string fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('tpy: xml.etree.ElementTree.canonicalize() is not supported')


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError('tpy: xml.etree.ElementTree.C14NWriterTarget is not supported')


from xml.etree._treebuilder import TreeBuilder, XMLParser
from xml.etree import _serialize
