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
import operator

from . import ElementPath
from _c_type_names import as_c_type as _as_c_type


class ParseError(SyntaxError):
    """An error when parsing an XML document."""


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


# Stands for "argument not given" where None is a legal value.
_ABSENT = object()


def _c_type_name(value):
    # The C accelerator's argument checks spell NoneType as "None".
    return 'None' if value is None else type(value).__name__


def _wrong_type(what, wanted, value):
    return TypeError(f'{what} must be {wanted}, not {_c_type_name(value)}')


def _need_element(what, value):
    if not isinstance(value, Element):
        raise _wrong_type(what, 'xml.etree.ElementTree.Element', value)


def _element_list(values):
    """The elements of an iterable, checked, for extend() and slice assignment."""
    try:
        found = list(values)
    except TypeError:
        raise TypeError(f'expected sequence, not "{type(values).__name__}"') from None
    for item in found:
        if not isinstance(item, Element):
            raise TypeError(f'expected an Element, not "{type(item).__name__}"')
    return found


def _child_index(index):
    try:
        return operator.index(index)
    except TypeError:
        raise TypeError('element indices must be integers') from None


# A path is searched by ElementPath unless it is a bare tag: text with none of / * [ @ .
# outside its {uri} parts, and not opening with the '{}' / '{*}' namespace wildcards.
_URI_PART = re.compile(r'\{[^}]*\}?')
_PATH_SYNTAX = re.compile(r'[/*\[@.]')


def _is_bare_tag(path):
    if isinstance(path, bytes):
        path = path.decode('latin-1')
    elif not isinstance(path, str):
        return False
    if path.startswith('{*}') or (path.startswith('{}') and len(path) > 2):
        return False
    return _PATH_SYNTAX.search(_URI_PART.sub('', path)) is None


# The names Element.__setstate__ accepts, as keywords of the C type's constructor.
_STATE_KEYS = frozenset(('tag', 'attrib', 'text', 'tail', '_children'))


class Element:
    """An XML element."""

    # A fixed set of fields, like the C type: no other attribute can be set, and none
    # of these can be deleted (see __delattr__).
    __slots__ = ('tag', '_attrib', 'text', 'tail', '_kids')

    def __init__(self, tag=_ABSENT, attrib=_ABSENT, **extra):
        if tag is _ABSENT:
            raise TypeError('Element() takes at least 1 argument (0 given)')
        if attrib is _ABSENT:
            attributes = extra
        elif isinstance(attrib, dict):
            attributes = dict(attrib)
            attributes.update(extra)
        else:
            raise _wrong_type('Element() argument 2', 'dict', attrib)
        self.tag = tag
        self._attrib = attributes
        self.text = None
        self.tail = None
        self._kids = []

    @property
    def attrib(self):
        return self._attrib

    @attrib.setter
    def attrib(self, value):
        if not isinstance(value, dict):
            raise _wrong_type('attrib', 'dict', value)
        self._attrib = value

    def __delattr__(self, name):
        if name in ('tag', 'attrib', 'text', 'tail'):
            raise AttributeError("can't delete element attribute")
        object.__delattr__(self, name)

    def __repr__(self):
        return f'<Element {self.tag!r} at {id(self):#x}>'

    def makeelement(self, tag, attrib):
        """Create a new element with the same type."""
        if not isinstance(attrib, dict):
            raise _wrong_type('makeelement() argument 2', 'dict', attrib)
        return Element(tag, attrib)

    def __copy__(self):
        twin = Element(self.tag)
        twin._attrib = self._attrib  # a shallow copy shares the attribute dict, as the C type's does
        twin.text, twin.tail = self.text, self.tail
        twin._kids = self._kids[:]
        return twin

    def __deepcopy__(self, memo):
        import copy
        deep = copy.deepcopy
        twin = Element(deep(self.tag, memo), deep(self._attrib, memo))
        twin.text, twin.tail = deep(self.text, memo), deep(self.tail, memo)
        twin._kids = [deep(kid, memo) for kid in self._kids]
        memo[id(self)] = twin
        return twin

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * len(self._kids)

    def __getstate__(self):
        return dict(tag=self.tag, _children=self._kids[:], attrib=self._attrib,
                    text=self.text, tail=self.tail)

    def __setstate__(self, state):
        if not isinstance(state, dict):
            raise TypeError(f"Don't know how to unpickle \"{state!r}\" as an Element")
        for key in state:
            if key not in _STATE_KEYS:
                raise TypeError(f'{key!r} is an invalid keyword argument for this function')
        if 'tag' not in state:
            raise TypeError('tag may not be NULL')
        self.tag = state['tag']
        self.text = state.get('text')
        self.tail = state.get('tail')
        # what the state leaves out of attrib and the children stays as it was
        if 'attrib' in state:
            self._attrib = state['attrib']
        if '_children' in state:
            kids = state['_children']
            if not isinstance(kids, list):
                raise TypeError("'_children' is not a list")
            self._kids = []
            self._kids = _element_list(kids)

    def __len__(self):
        return len(self._kids)

    def __iter__(self):
        return iter(self._kids)

    def __getitem__(self, index):
        kids = self._kids
        if isinstance(index, slice):
            return kids[index]
        i = _child_index(index)
        if -len(kids) <= i < len(kids):
            return kids[i]
        raise IndexError('child index out of range')

    def __setitem__(self, index, element):
        kids = self._kids
        if isinstance(index, slice):
            kids[index] = _element_list(element)
            return
        i = _child_index(index)
        if not -len(kids) <= i < len(kids):
            raise IndexError('child assignment index out of range')
        _need_element('__setitem__() argument 2', element)
        kids[i] = element

    def __delitem__(self, index):
        kids = self._kids
        if isinstance(index, slice):
            del kids[index]
            return
        i = _child_index(index)
        if not -len(kids) <= i < len(kids):
            raise IndexError('child assignment index out of range')
        del kids[i]

    def append(self, subelement):
        """Add *subelement* to the end of this element."""
        _need_element('append() argument', subelement)
        self._kids.append(subelement)

    def extend(self, elements):
        """Append subelements from a sequence."""
        self._kids += _element_list(elements)

    def insert(self, index, subelement):
        """Insert *subelement* at position *index*."""
        at = operator.index(index)
        _need_element('insert() argument 2', subelement)
        self._kids.insert(at, subelement)

    def remove(self, subelement):
        """Remove matching subelement."""
        _need_element('remove() argument', subelement)
        kids = self._kids
        for at, kid in enumerate(kids):
            if kid is subelement:
                del kids[at]
                return
        raise ValueError('list.remove(x): x not in list')

    # A bare tag (and no namespace map) is matched against the children here, without
    # compiling an ElementPath selector: the common case, and what the C type does.
    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        if namespaces is not None or not _is_bare_tag(path):
            return ElementPath.find(self, path, namespaces)
        for kid in self._kids:
            if kid.tag == path:
                return kid
        return None

    def findtext(self, path, default=None, namespaces=None):
        """Find text for first matching element by tag name or path."""
        if namespaces is not None or not _is_bare_tag(path):
            return ElementPath.findtext(self, path, default, namespaces)
        for kid in self._kids:
            if kid.tag == path:
                return kid.text or ''
        return default

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        if namespaces is not None or not _is_bare_tag(path):
            return ElementPath.findall(self, path, namespaces)
        return [kid for kid in self._kids if kid.tag == path]

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Reset element."""
        self._attrib.clear()
        self._kids = []
        self.text = None
        self.tail = None

    def get(self, key=_ABSENT, default=None):
        """Get element attribute."""
        if key is _ABSENT:
            raise TypeError("get() missing required argument 'key' (pos 1)")
        return self._attrib.get(key, default)

    def set(self, *key_value):
        """Set element attribute."""
        if len(key_value) != 2:
            raise TypeError(f'set expected 2 arguments, got {len(key_value)}')
        key, value = key_value
        self._attrib[key] = value

    def keys(self):
        """Get list of attribute names."""
        return list(self._attrib)

    def items(self):
        """Get element attributes as a sequence."""
        return list(self._attrib.items())

    def iter(self, tag=None):
        """Create tree iterator."""
        return _iter_tree(self, None if tag == '*' else tag)

    def itertext(self):
        """Create text iterator."""
        # comments' and processing instructions' text included, as the C type does
        if self.text:
            yield self.text
        for kid in self._kids:
            yield from kid.itertext()
            if kid.tail:
                yield kid.tail


def _iter_tree(root, tag):
    "Every element under root, root first, in document order (without recursion)."
    if tag is None or root.tag == tag:
        yield root
    stack = [(root._kids, 0)]
    while stack:
        kids, i = stack[-1]
        if i >= len(kids):
            stack.pop()
            continue
        stack[-1] = (kids, i + 1)
        elem = kids[i]
        if tag is None or elem.tag == tag:
            yield elem
        if elem._kids:
            stack.append((elem._kids, 0))


def SubElement(parent=_ABSENT, tag=_ABSENT, attrib=_ABSENT, **extra):
    """Create an element and append it to parent."""
    if tag is _ABSENT:
        given = 0 if parent is _ABSENT else 1
        raise TypeError(f'SubElement() takes at least 2 arguments ({given} given)')
    _need_element('SubElement() argument 1', parent)
    if attrib is _ABSENT:
        attributes = extra
    elif isinstance(attrib, dict):
        attributes = {**attrib, **extra}
    else:
        raise _wrong_type('SubElement() argument 3', 'dict', attrib)
    child = parent.makeelement(tag, attributes)
    parent.append(child)
    return child


# Comments and processing instructions are elements whose tag is the factory itself;
# the serializer and TreeBuilder recognise them by that identity.
def Comment(text=None):
    """Comment element factory."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """Processing Instruction element factory."""
    node = Element(ProcessingInstruction)
    node.text = target + ' ' + text if text else target
    return node


PI = ProcessingInstruction


def _qname_operator(compare):
    def method(self, other):
        return compare(self.text, other.text if isinstance(other, QName) else other)
    method.__name__ = f'__{compare.__name__}__'
    return method


class QName:
    """Qualified name wrapper."""

    def __init__(self, text_or_uri, tag=None):
        self.text = f'{{{text_or_uri}}}{tag}' if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return f'<{type(self).__name__} {self.text!r}>'

    def __hash__(self):
        return hash(self.text)

    # a QName compares as its text, with another QName or with a plain string
    __lt__ = _qname_operator(operator.lt)
    __le__ = _qname_operator(operator.le)
    __gt__ = _qname_operator(operator.gt)
    __ge__ = _qname_operator(operator.ge)
    __eq__ = _qname_operator(operator.eq)


def _read_chunks(stream, size):
    while chunk := stream.read(size):
        yield chunk


def _open_source(source):
    """(stream, whether we opened it): a file name is opened in binary mode."""
    if hasattr(source, 'read'):
        return source, False
    return open(source, 'rb'), True


def _from_root(path):
    # An absolute path searches from the tree's root element, which ElementTree 1.3 got
    # wrong; CPython keeps that behaviour (as './...') and warns about it.
    if path[:1] != '/':
        return path
    path = '.' + path
    warnings.warn("This search is broken in 1.3 and earlier, and will be fixed in a "
                  "future version.  If you rely on the current behaviour, change it "
                  "to %r" % path, FutureWarning, stacklevel=3)
    return path


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
        stream, opened_here = _open_source(source)
        try:
            parser = parser or XMLParser()
            for chunk in _read_chunks(stream, 1 << 16):
                parser.feed(chunk)
            self._root = parser.close()
        finally:
            if opened_here:
                stream.close()
        return self._root

    def iter(self, tag=None):
        """Create and return tree iterator for the root element."""
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.find(_from_root(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.findtext(_from_root(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.findall(_from_root(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.iterfind(_from_root(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Write element tree to a file as XML."""
        _serialize.write_tree(self._root, file_or_filename, encoding, xml_declaration,
                              default_namespace, method, short_empty_elements)

    def write_c14n(self, file):
        raise NotImplementedError('tpy: ElementTree.write_c14n() is not supported')


# uri -> prefix the serializer writes for it; register_namespace edits it in place.
_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

# ns0, ns1, ... are what the serializer makes up for unregistered namespaces.
_GENERATED_PREFIX = re.compile(r'ns\d+$')


def register_namespace(prefix, uri):
    """Register a namespace prefix."""
    if _GENERATED_PREFIX.match(prefix):
        raise ValueError("Prefix format reserved for internal use")
    # one prefix per uri and one uri per prefix: drop whatever either was bound to
    stale = [known for known, short in _namespace_map.items() if known == uri or short == prefix]
    for known in stale:
        del _namespace_map[known]
    _namespace_map[uri] = prefix


register_namespace._namespace_map = _namespace_map

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _write_element(sink, element, encoding, options):
    ElementTree(element).write(sink, encoding, **options)
    return sink


def tostring(element, encoding=None, method=None, *,
             xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """Generate string representation of XML element."""
    sink = (io.StringIO if encoding == 'unicode' else io.BytesIO)()
    options = dict(method=method, xml_declaration=xml_declaration,
                   default_namespace=default_namespace,
                   short_empty_elements=short_empty_elements)
    return _write_element(sink, element, encoding, options).getvalue()


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    pieces = []
    options = dict(method=method, xml_declaration=xml_declaration,
                   default_namespace=default_namespace,
                   short_empty_elements=short_empty_elements)
    _write_element(_serialize.ListStream(pieces, encoding == 'unicode'), element, encoding, options)
    return pieces


def dump(elem):
    """Write element tree or element structure to sys.stdout."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding='unicode')
    if not (tree.getroot().tail or '').endswith('\n'):
        sys.stdout.write('\n')


def _is_blank(text):
    return not text or text.isspace()


def _indent_children(elem, space, outer):
    """Lay out elem's children one per line at `outer + space`; elem's end tag goes at outer."""
    inner = outer + space
    if _is_blank(elem.text):
        elem.text = inner
    for kid in elem:
        if len(kid):
            _indent_children(kid, space, inner)
        if _is_blank(kid.tail):
            kid.tail = inner
    # the loop leaves kid on the last child, whose tail leads to elem's end tag
    if _is_blank(kid.tail):
        kid.tail = outer


def indent(tree, space="  ", level=0):
    """Indent a tree in place: each element on its own line, nested by space."""
    root = tree.getroot() if isinstance(tree, ElementTree) else tree
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if len(root):
        _indent_children(root, space, '\n' + space * level)


def parse(source, parser=None):
    """Parse XML document into element tree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    """What iterparse returns: (event, element) pairs as the source is read, in 16 KiB
    chunks; .root is the root element once the document has ended."""

    def __init__(self, source, events, parser):
        self.root = None
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._stream, self._opened_here = _open_source(source)
        self._pairs = self._run()

    def _run(self):
        pull = self._pull
        try:
            for chunk in _read_chunks(self._stream, 1 << 14):
                pull.feed(chunk)
                yield from pull.read_events()
            root = pull._finish()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._opened_here:
                self._stream.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._pairs)


def iterparse(source, events=None, parser=None):
    """Incrementally parse XML document into ElementTree."""
    return _IterParseIterator(source, events, parser)


class XMLPullParser:

    def __init__(self, events=None, *, _parser=None):
        # parse events and errors, in the order they happened, until read_events takes them
        self._pending = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        self._parser._setevents(self._pending, ('end',) if events is None else events)

    def feed(self, data):
        """Feed encoded data to parser."""
        parser = self._parser
        if parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            parser.feed(data)
        except SyntaxError as error:
            # raised by read_events after the events that came before it
            self._pending.append(error)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        """Finish feeding data to parser."""
        self._finish()

    def read_events(self):
        """Return an iterator over currently available (event, elem) pairs."""
        pending = self._pending
        while pending:
            item = pending.popleft()
            if isinstance(item, Exception):
                raise item
            yield item


def _parse_pieces(pieces, parser):
    parser = parser or XMLParser(target=TreeBuilder())
    for piece in pieces:
        parser.feed(piece)
    return parser.close()


def XML(text, parser=None):
    """Parse XML document from string constant."""
    return _parse_pieces((text,), parser)


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse XML document from sequence of string fragments."""
    return _parse_pieces(sequence, parser)


def XMLID(text, parser=None):
    """Parse XML document from string constant for its IDs."""
    root = _parse_pieces((text,), parser)
    by_id = {}
    for elem in root.iter():
        key = elem.get('id')
        if key:
            by_id[key] = elem
    return root, by_id


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('tpy: xml.etree.ElementTree.canonicalize() is not supported')


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError('tpy: xml.etree.ElementTree.C14NWriterTarget is not supported')


# Element is the C type of CPython's accelerator: messages call it by its full name.
_as_c_type(Element)
del _as_c_type

from xml.etree._treebuilder import TreeBuilder, XMLParser
from xml.etree import _serialize
