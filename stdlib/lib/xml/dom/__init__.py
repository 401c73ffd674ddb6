"""xml.dom for tpy: the DOM's node type codes, exception classes and namespace names, as
CPython 3.11's package has them. The implementation is xml.dom.minidom."""


class Node:
    """The node type codes of the W3C DOM (minidom's nodes carry them as nodeType)."""
    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# The DOMException codes, in the W3C's order.
(INDEX_SIZE_ERR, DOMSTRING_SIZE_ERR, HIERARCHY_REQUEST_ERR, WRONG_DOCUMENT_ERR, INVALID_CHARACTER_ERR,
 NO_DATA_ALLOWED_ERR, NO_MODIFICATION_ALLOWED_ERR, NOT_FOUND_ERR, NOT_SUPPORTED_ERR, INUSE_ATTRIBUTE_ERR,
 INVALID_STATE_ERR, SYNTAX_ERR, INVALID_MODIFICATION_ERR, NAMESPACE_ERR, INVALID_ACCESS_ERR,
 VALIDATION_ERR) = range(1, 17)


class DOMException(Exception):
    """Base of the DOM's exceptions; each subclass has its code."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError('DOMException should not be instantiated directly')
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _exception(name, code):
    cls = type(name, (DOMException,), {'code': code, '__module__': __name__})
    globals()[name] = cls
    return cls


for _name, _code in [('IndexSizeErr', INDEX_SIZE_ERR), ('DomstringSizeErr', DOMSTRING_SIZE_ERR),
                     ('HierarchyRequestErr', HIERARCHY_REQUEST_ERR), ('WrongDocumentErr', WRONG_DOCUMENT_ERR),
                     ('InvalidCharacterErr', INVALID_CHARACTER_ERR), ('NoDataAllowedErr', NO_DATA_ALLOWED_ERR),
                     ('NoModificationAllowedErr', NO_MODIFICATION_ALLOWED_ERR), ('NotFoundErr', NOT_FOUND_ERR),
                     ('NotSupportedErr', NOT_SUPPORTED_ERR), ('InuseAttributeErr', INUSE_ATTRIBUTE_ERR),
                     ('InvalidStateErr', INVALID_STATE_ERR), ('SyntaxErr', SYNTAX_ERR),
                     ('InvalidModificationErr', INVALID_MODIFICATION_ERR), ('NamespaceErr', NAMESPACE_ERR),
                     ('InvalidAccessErr', INVALID_ACCESS_ERR), ('ValidationErr', VALIDATION_ERR)]:
    _exception(_name, _code)
del _name, _code, _exception


class UserDataHandler:
    """The operation codes a user data handler is told."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """The DOM implementation: tpy has one, minidom's."""
    if name not in (None, 'minidom', 'xml.dom.minidom'):
        raise ImportError('no registered DOM implementation %r (tpy has minidom only)' % (name,))
    from xml.dom import minidom
    return minidom.getDOMImplementation(features)
