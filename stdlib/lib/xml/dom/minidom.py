"""xml.dom.minidom for tpy: a small DOM (documents, elements, attributes, text, comments,
CDATA sections, processing instructions, document types, fragments), built by parse() and
parseString() over xml.parsers.expat, and written back by toxml/toprettyxml/writexml with
CPython 3.11's layout.

Written from the DOM specification, the module's documentation and CPython's observable
behaviour. Not here: entity and notation nodes, user data handlers, the DOM Level 3
load/save interfaces (xml.dom.xmlbuilder) and parsing through a SAX parser (parser=).
"""

import io
import xml.dom
from xml.dom import (Node as _Types, EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     NotFoundErr, HierarchyRequestErr, InuseAttributeErr, IndexSizeErr,
                     NotSupportedErr, WrongDocumentErr)

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element', 'Attr', 'Text',
           'Comment', 'CDATASection', 'ProcessingInstruction', 'DocumentType', 'DocumentFragment',
           'Node', 'NodeList', 'NamedNodeMap', 'DOMImplementation']


def _escape(text):
    """Text and attribute values as minidom writes them."""
    if text:
        text = text.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;').replace('>', '&gt;')
    return text


class NodeList(list):
    """childNodes and the results of getElementsByTagName: a list with the DOM's length/item()."""
    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = state if state is not None else []


class EmptyNodeList(tuple):
    """The childNodes of a node that cannot have children."""
    __slots__ = ()

    @property
    def length(self):
        return 0

    def item(self, index):
        return None

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result


_NO_CHILDREN = EmptyNodeList()


# ---------------------------------------------------------------- the node base

class Node(_Types):
    namespaceURI = EMPTY_NAMESPACE
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    # the node types a node of this kind may hold (none by default)
    _child_types = ()

    def __bool__(self):
        # a node is true even when it has no children or no text
        return True

    # -- output --

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        out = io.StringIO()
        if self.nodeType == _Types.DOCUMENT_NODE:
            self.writexml(out, '', indent, newl, encoding, standalone)
        else:
            self.writexml(out, '', indent, newl)
        if encoding is None:
            return out.getvalue()
        # What cannot be encoded becomes a character reference.
        return out.getvalue().encode(encoding, 'xmlcharrefreplace')

    # -- tree navigation --

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    @property
    def localName(self):
        return None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    def _get_localName(self):
        return self.localName

    def isSameNode(self, other):
        return self is other

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version) if self.ownerDocument else False

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    # -- changing the children --

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr('%s cannot be child of %s' % (repr(node), repr(self)))

    def _adopt(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        node.parentNode = self

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        self._adopt(node)
        kids = self.childNodes
        last = kids[-1] if kids else None
        node.previousSibling = last
        node.nextSibling = None
        if last is not None:
            last.nextSibling = node
        kids.append(node)
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for child in list(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        kids = self.childNodes
        if not any(k is refChild for k in kids):
            raise NotFoundErr()
        self._adopt(newChild)
        index = next(i for i, k in enumerate(kids) if k is refChild)
        before = kids[index - 1] if index else None
        kids.insert(index, newChild)
        newChild.previousSibling = before
        newChild.nextSibling = refChild
        refChild.previousSibling = newChild
        if before is not None:
            before.nextSibling = newChild
        return newChild

    def removeChild(self, oldChild):
        kids = self.childNodes
        for i, k in enumerate(kids):
            if k is oldChild:
                break
        else:
            raise NotFoundErr()
        del kids[i]
        before, after = oldChild.previousSibling, oldChild.nextSibling
        if before is not None:
            before.nextSibling = after
        if after is not None:
            after.previousSibling = before
        oldChild.previousSibling = oldChild.nextSibling = None
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._check_child(newChild)
        if not any(k is oldChild for k in self.childNodes):
            raise NotFoundErr()
        ref = oldChild.nextSibling
        self.removeChild(oldChild)
        self.insertBefore(newChild, ref)
        return oldChild

    def normalize(self):
        """Joins adjacent text nodes and drops empty ones, all the way down."""
        merged = []
        for child in self.childNodes:
            if child.nodeType == _Types.TEXT_NODE:
                if not child.data:
                    child.parentNode = child.previousSibling = child.nextSibling = None
                    continue
                if merged and merged[-1].nodeType == _Types.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    child.parentNode = child.previousSibling = child.nextSibling = None
                    continue
            elif child.nodeType == _Types.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged
        for i, child in enumerate(merged):
            child.previousSibling = merged[i - 1] if i else None
            child.nextSibling = merged[i + 1] if i + 1 < len(merged) else None

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList() if self._child_types else _NO_CHILDREN
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class _Childless:
    """Mixed into the nodes that hold no children: text, comments, instructions, types."""
    childNodes = _NO_CHILDREN
    attributes = None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + ' nodes cannot have children')

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + ' nodes do not have children')

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + ' nodes do not have children')

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + ' nodes do not have children')

    def normalize(self):
        pass


_CONTENT_TYPES = (_Types.ELEMENT_NODE, _Types.PROCESSING_INSTRUCTION_NODE, _Types.COMMENT_NODE,
                  _Types.TEXT_NODE, _Types.CDATA_SECTION_NODE, _Types.ENTITY_REFERENCE_NODE)


# ---------------------------------------------------------------- attributes

class Attr(Node):
    nodeType = _Types.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _is_id = False
    _child_types = (_Types.TEXT_NODE, _Types.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._local = localName
        self.prefix = prefix
        self._value = ''

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.name.split(':', 1)[-1]

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, text):
        self._value = text

    nodeValue = data = value

    @property
    def childNodes(self):
        text = Text()
        text.data = self._value
        text.ownerDocument = self.ownerDocument
        return NodeList([text])

    @property
    def isId(self):
        return self._is_id

    @property
    def schemaType(self):
        return None

    def unlink(self):
        self.ownerElement = None
        self.ownerDocument = None


class NamedNodeMap:
    """An element's attributes, by qualified name or (namespace, local name)."""
    __slots__ = ('_element',)

    def __init__(self, element):
        self._element = element

    @property
    def _attrs(self):
        return self._element._attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def _get_length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index] if index >= 0 else None
        except IndexError:
            return None

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def items(self):
        return [(name, a.value) for name, a in self._attrs.items()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def _find(self, key):
        if isinstance(key, tuple):
            ns, local = key
            for a in self._attrs.values():
                if a.namespaceURI == ns and a.localName == local:
                    return a
            return None
        return self._attrs.get(key)

    def __contains__(self, key):
        return self._find(key) is not None

    def get(self, name, value=None):
        found = self._find(name)
        return value if found is None else found

    def __getitem__(self, key):
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._element.setAttribute(name, value)
        else:
            if not isinstance(value, Attr):
                raise TypeError('value must be a string or Attr object')
            self._element.setAttributeNode(value)

    def __delitem__(self, name):
        self._element.removeAttributeNode(self[name])

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._find((namespaceURI, localName))

    def setNamedItem(self, node):
        return self._element.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def removeNamedItem(self, name):
        found = self._attrs.get(name)
        if found is None:
            raise NotFoundErr()
        return self._element.removeAttributeNode(found)

    def removeNamedItemNS(self, namespaceURI, localName):
        found = self._find((namespaceURI, localName))
        if found is None:
            raise NotFoundErr()
        return self._element.removeAttributeNode(found)

    def __eq__(self, other):
        return self is other or (isinstance(other, NamedNodeMap) and self._element is other._element)

    def __hash__(self):
        return hash(id(self._element))


AttributeList = NamedNodeMap


# ---------------------------------------------------------------- elements

class Element(Node):
    nodeType = _Types.ELEMENT_NODE
    nodeValue = None
    schemaType = None
    _child_types = _CONTENT_TYPES

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.split(':', 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def _get_attributes(self):
        return self.attributes

    def _get_tagName(self):
        return self.tagName

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    # -- attributes --

    def getAttribute(self, attname):
        a = self._attrs.get(attname)
        return '' if a is None else a.value

    def getAttributeNS(self, namespaceURI, localName):
        a = NamedNodeMap(self)._find((namespaceURI, localName))
        return '' if a is None else a.value

    def setAttribute(self, attname, value):
        a = self._attrs.get(attname)
        if a is None:
            a = Attr(attname)
            a.ownerDocument = self.ownerDocument
            a.value = value
            self.setAttributeNode(a)
        else:
            a.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, _, local = qualifiedName.rpartition(':')
        a = NamedNodeMap(self)._find((namespaceURI, local))
        if a is None:
            a = Attr(qualifiedName, namespaceURI, local, prefix or None)
            a.ownerDocument = self.ownerDocument
            a.value = value
            self.setAttributeNode(a)
        else:
            a.value = value
            if a.name != qualifiedName:
                del self._attrs[a.name]
                a.name = a.nodeName = qualifiedName
                a.prefix = prefix or None
                self._attrs[qualifiedName] = a

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return NamedNodeMap(self)._find((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr('attribute node already owned')
        old = self._attrs.get(attr.name)
        if old is attr:
            return None
        if attr.namespaceURI is not None:
            same = NamedNodeMap(self)._find((attr.namespaceURI, attr.localName))
            if same is not None and same is not old:
                self.removeAttributeNode(same)
        if old is not None:
            old.ownerElement = None
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        a = self._attrs.get(name)
        if a is None:
            raise NotFoundErr()
        self.removeAttributeNode(a)

    def removeAttributeNS(self, namespaceURI, localName):
        a = NamedNodeMap(self)._find((namespaceURI, localName))
        if a is None:
            raise NotFoundErr()
        self.removeAttributeNode(a)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return NamedNodeMap(self)._find((namespaceURI, localName)) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise NotFoundErr()
        idAttr._is_id = True

    # -- searching --

    def getElementsByTagName(self, name):
        return _elements_below(self, lambda e: name == '*' or e.tagName == name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_below(self, lambda e: (namespaceURI == '*' or e.namespaceURI == namespaceURI)
                               and (localName == '*' or e.localName == localName))

    # -- output --

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            writer.write(_escape(a.value))
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write('/>' + newl)
            return
        writer.write('>')
        if len(kids) == 1 and kids[0].nodeType in (_Types.TEXT_NODE, _Types.CDATA_SECTION_NODE):
            # a lone text child stays on the element's line
            kids[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for child in kids:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write('</%s>%s' % (self.tagName, newl))

    def unlink(self):
        for a in self._attrs.values():
            a.unlink()
        self._attrs = {}
        Node.unlink(self)


def _elements_below(node, wanted):
    found = NodeList()
    stack = list(reversed(node.childNodes))
    while stack:
        child = stack.pop()
        if child.nodeType == _Types.ELEMENT_NODE:
            if wanted(child):
                found.append(child)
            stack.extend(reversed(child.childNodes))
    return found


# ---------------------------------------------------------------- character data

class CharacterData(_Childless, Node):
    def __init__(self):
        self._data = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, text):
        self._data = text

    nodeValue = data

    @property
    def length(self):
        return len(self._data)

    def __len__(self):
        return len(self._data)

    def _get_length(self):
        return len(self._data)

    def __repr__(self):
        text = self.data
        return '<DOM %s node "%r%s">' % (type(self).__name__, text[0:10], '...' if len(text) > 10 else '')

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise IndexSizeErr('offset cannot be negative')
        if offset >= len(self._data):
            raise IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise IndexSizeErr('count cannot be negative')

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self.data = self._data + arg

    def insertData(self, offset, arg):
        if offset < 0:
            raise IndexSizeErr('offset cannot be negative')
        if offset >= len(self._data):
            raise IndexSizeErr('offset cannot be beyond end of data')
        if arg:
            self.data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self.data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self.data = self._data[:offset] + arg + self._data[offset + count:]


class Text(CharacterData):
    nodeType = _Types.TEXT_NODE
    nodeName = '#text'

    def splitText(self, offset):
        if offset < 0 or offset > len(self._data):
            raise IndexSizeErr('illegal offset value')
        tail = type(self)()
        tail.data = self._data[offset:]
        tail.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None:
            parent.insertBefore(tail, self.nextSibling)
        self.data = self._data[:offset]
        return tail

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (_Types.TEXT_NODE, _Types.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (_Types.TEXT_NODE, _Types.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return ''.join(parts)

    @property
    def isWhitespaceInElementContent(self):
        return False

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(_escape('%s%s%s' % (indent, self.data, newl)))


class CDATASection(Text):
    nodeType = _Types.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write('<![CDATA[%s]]>' % self.data)


class Comment(CharacterData):
    nodeType = _Types.COMMENT_NODE
    nodeName = '#comment'

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class ProcessingInstruction(_Childless, Node):
    nodeType = _Types.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class DocumentType(_Childless, Node):
    nodeType = _Types.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            self.name = qualifiedName.rpartition(':')[2]
        self.nodeName = self.name

    def _get_internalSubset(self):
        return self.internalSubset

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<!DOCTYPE ')
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(' [')
            writer.write(self.internalSubset)
            writer.write(']')
        writer.write('>' + newl)


class ReadOnlySequentialNamedNodeMap:
    """A document type's entities and notations (always empty here)."""
    __slots__ = ('_seq',)

    def __init__(self, seq=()):
        self._seq = seq

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None

    def __getitem__(self, name):
        found = self.getNamedItem(name) if isinstance(name, str) else None
        if found is None:
            raise KeyError(name)
        return found


class DocumentFragment(Node):
    nodeType = _Types.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    nodeValue = None
    attributes = None
    parentNode = None
    _child_types = _CONTENT_TYPES

    def __init__(self):
        self.childNodes = NodeList()

    def writexml(self, writer, indent='', addindent='', newl=''):
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)


# ---------------------------------------------------------------- documents

class DOMImplementation:
    _features = [('core', '1.0'), ('core', '2.0'), ('core', None), ('xml', '1.0'), ('xml', '2.0'),
                 ('xml', None), ('ls-load', '3.0'), ('ls-load', None)]

    def hasFeature(self, feature, version):
        if version == '':
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr('doctype object owned by another DOM tree')
        doc = Document()
        # All three None: a document without a root element; otherwise it needs a name.
        wants_root = not (namespaceURI is None and qualifiedName is None and doctype is None)
        if wants_root:
            if not qualifiedName:
                raise xml.dom.InvalidCharacterErr('Element with no name')
            prefix = qualifiedName.rpartition(':')[0]
            if prefix == 'xml' and namespaceURI != xml.dom.XML_NAMESPACE:
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr('illegal use of prefix without namespaces')
            root = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype is not None:
                doc.appendChild(doctype)
            doc.appendChild(root)
        if doctype is not None:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        dt = DocumentType(qualifiedName)
        dt.publicId = publicId
        dt.systemId = systemId
        return dt

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    nodeType = _Types.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _child_types = (_Types.ELEMENT_NODE, _Types.PROCESSING_INSTRUCTION_NODE, _Types.COMMENT_NODE,
                    _Types.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()
        self.implementation = _implementation

    @property
    def documentElement(self):
        for child in self.childNodes:
            if child.nodeType == _Types.ELEMENT_NODE:
                return child
        return None

    def _get_documentElement(self):
        return self.documentElement

    def _check_child(self, node):
        Node._check_child(self, node)
        if node.nodeType == _Types.ELEMENT_NODE and self.documentElement is not None and node is not self.documentElement:
            raise HierarchyRequestErr('two document elements disallowed')

    def appendChild(self, node):
        result = Node.appendChild(self, node)
        if node.nodeType == _Types.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return result

    def removeChild(self, oldChild):
        result = Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return result

    # -- making nodes --

    def _owned(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._owned(DocumentFragment())

    def createElement(self, tagName):
        return self._owned(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(':')
        return self._owned(Element(qualifiedName, namespaceURI, prefix or None, local))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        t = Text()
        t.data = data
        return self._owned(t)

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        c = CDATASection()
        c.data = data
        return self._owned(c)

    def createComment(self, data):
        return self._owned(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._owned(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        a = Attr(qName)
        a.value = ''
        return self._owned(a)

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(':')
        a = Attr(qualifiedName, namespaceURI, local, prefix or None)
        a.value = ''
        return self._owned(a)

    # -- searching --

    def getElementsByTagName(self, name):
        return _elements_below(self, lambda e: name == '*' or e.tagName == name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_below(self, lambda e: (namespaceURI == '*' or e.namespaceURI == namespaceURI)
                               and (localName == '*' or e.localName == localName))

    def getElementById(self, elementId):
        for e in _elements_below(self, lambda e: True):
            for a in e._attrs.values():
                if a._is_id and a.value == elementId:
                    return e
        return None

    def importNode(self, node, deep):
        if node.nodeType == _Types.DOCUMENT_NODE:
            raise NotSupportedErr('cannot import document nodes')
        if node.nodeType == _Types.DOCUMENT_TYPE_NODE:
            raise NotSupportedErr('cannot import document type nodes')
        return _clone(node, deep, self)

    def cloneNode(self, deep):
        if not deep:
            return None
        copy = self.implementation.createDocument(None, None, None)
        copy.encoding, copy.standalone, copy.version = self.encoding, self.standalone, self.version
        for child in self.childNodes:
            clone = _clone(child, True, copy)
            copy.appendChild(clone)
        return copy

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

    # -- output --

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None, standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ('yes' if standalone else 'no'))
        writer.write('<?xml version="1.0" %s?>%s' % (' '.join(decl), newl))
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)


_implementation = DOMImplementation()


def getDOMImplementation(features=None):
    """minidom's DOMImplementation, or None if it lacks a feature asked for (a list of
    (feature, version) pairs, or a string such as 'core 2.0 xml')."""
    if features:
        if isinstance(features, str):
            pairs = []
            for word in features.split():
                if word[:1].isdigit() and pairs and pairs[-1][1] is None:
                    pairs[-1] = (pairs[-1][0], word)
                else:
                    pairs.append((word, None))
            features = pairs
        for f, v in features:
            if not _implementation.hasFeature(f, v):
                return None
    return _implementation


def _clone(node, deep, doc):
    """A copy of node (and of its subtree when deep) owned by doc."""
    t = node.nodeType
    if t == _Types.ELEMENT_NODE:
        copy = Element(node.tagName, node.namespaceURI, node.prefix, node._local)
        for a in node._attrs.values():
            ac = Attr(a.name, a.namespaceURI, a._local, a.prefix)
            ac.value = a.value
            ac.ownerDocument = doc
            ac._is_id = a._is_id
            copy.setAttributeNode(ac)
        if deep:
            for child in node.childNodes:
                copy.appendChild(_clone(child, True, doc))
    elif t == _Types.DOCUMENT_FRAGMENT_NODE:
        copy = DocumentFragment()
        if deep:
            for child in node.childNodes:
                copy.appendChild(_clone(child, True, doc))
    elif t == _Types.TEXT_NODE:
        copy = Text()
        copy.data = node.data
    elif t == _Types.CDATA_SECTION_NODE:
        copy = CDATASection()
        copy.data = node.data
    elif t == _Types.COMMENT_NODE:
        copy = Comment(node.data)
    elif t == _Types.PROCESSING_INSTRUCTION_NODE:
        copy = ProcessingInstruction(node.target, node.data)
    elif t == _Types.ATTRIBUTE_NODE:
        copy = Attr(node.name, node.namespaceURI, node._local, node.prefix)
        copy.value = node.value
        copy.specified = True
    elif t == _Types.DOCUMENT_TYPE_NODE:
        copy = DocumentType(node.name)
        copy.publicId, copy.systemId, copy.internalSubset = node.publicId, node.systemId, node.internalSubset
    else:
        raise NotSupportedErr('Cannot clone node %s' % repr(node))
    copy.ownerDocument = doc
    return copy


# ---------------------------------------------------------------- building from XML text

class _Builder:
    """Turns expat's events into a Document (namespace-aware, as CPython's default builder)."""

    def __init__(self):
        from xml.parsers import expat
        self.doc = Document()
        self.node = self.doc
        self.in_cdata = False
        self.fresh_cdata = False
        self.pending_ns = []
        p = self.parser = expat.ParserCreate(namespace_separator=' ')
        p.namespace_prefixes = True
        p.ordered_attributes = True
        p.specified_attributes = True
        p.buffer_text = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.instruction
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.StartNamespaceDeclHandler = self.namespace
        p.StartDoctypeDeclHandler = self.doctype
        p.XmlDeclHandler = self.xml_decl

    def _place(self, node):
        """Appends a parsed node to the current one (no checks: expat has made them)."""
        parent = self.node
        kids = parent.childNodes
        node.parentNode = parent
        node.ownerDocument = self.doc
        if kids:
            last = kids[-1]
            last.nextSibling = node
            node.previousSibling = last
        kids.append(node)

    @staticmethod
    def _split(name):
        """(qualified name, namespace, local name, prefix) of an expat name."""
        parts = name.split(' ')
        if len(parts) == 3:
            uri, local, prefix = parts
            return prefix + ':' + local, uri, local, prefix
        if len(parts) == 2:
            uri, local = parts
            return local, uri, local, EMPTY_PREFIX
        return name, EMPTY_NAMESPACE, name, EMPTY_PREFIX

    def xml_decl(self, version, encoding, standalone):
        self.doc.version = version
        self.doc.encoding = encoding
        self.doc.standalone = bool(standalone) if standalone >= 0 else None

    def doctype(self, name, systemId, publicId, has_internal_subset):
        dt = DocumentType(name)
        dt.systemId, dt.publicId = systemId, publicId
        self._place(dt)
        self.doc.doctype = dt

    def namespace(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    def start(self, name, attributes):
        qname, uri, local, prefix = self._split(name)
        element = Element(qname, uri, prefix, local)
        element.ownerDocument = self.doc
        for ns_prefix, ns_uri in self.pending_ns:
            if ns_prefix:
                a = Attr('xmlns:' + ns_prefix, XMLNS_NAMESPACE, ns_prefix, 'xmlns')
            else:
                a = Attr('xmlns', XMLNS_NAMESPACE, 'xmlns', EMPTY_PREFIX)
            a.value = ns_uri or ''
            a.ownerDocument = self.doc
            a.ownerElement = element
            element._attrs[a.name] = a
        self.pending_ns = []
        for i in range(0, len(attributes), 2):
            aq, auri, alocal, aprefix = self._split(attributes[i])
            a = Attr(aq, auri, alocal, aprefix)
            a.value = attributes[i + 1]
            a.ownerDocument = self.doc
            a.ownerElement = element
            element._attrs[aq] = a
        self._place(element)
        self.node = element

    def end(self, name):
        self.node = self.node.parentNode

    def text(self, data):
        kids = self.node.childNodes
        kind = CDATASection if self.in_cdata else Text
        # Text continues the text node before it; a CDATA section's pieces make one node.
        if kids and type(kids[-1]) is kind and not (self.in_cdata and self.fresh_cdata):
            kids[-1]._data = kids[-1]._data + data
            return
        self.fresh_cdata = False
        node = kind()
        node._data = data
        self._place(node)

    def start_cdata(self):
        self.in_cdata = True
        self.fresh_cdata = True

    def end_cdata(self):
        self.in_cdata = False

    def comment(self, data):
        self._place(Comment(data))

    def instruction(self, target, data):
        self._place(ProcessingInstruction(target, data))

    def feed(self, data, final):
        self.parser.Parse(data, final)


def parseString(string, parser=None):
    """The Document of the XML text `string` (str or bytes)."""
    if parser is not None:
        raise NotImplementedError("tpy's minidom builds documents with expat only (no parser= argument)")
    b = _Builder()
    b.feed(string, True)
    return b.doc


def parse(file, parser=None, bufsize=None):
    """The Document of an XML file, given by name or as a binary file object."""
    if parser is not None:
        raise NotImplementedError("tpy's minidom builds documents with expat only (no parser= argument)")
    if isinstance(file, str):
        with open(file, 'rb') as fp:
            return parseString(fp.read())
    b = _Builder()
    size = bufsize or 1 << 14
    while True:
        chunk = file.read(size)
        if not chunk:
            break
        b.feed(chunk, False)
    b.feed(b'', True)
    return b.doc
