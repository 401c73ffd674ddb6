"""Python wrapper for Expat parser."""
# tpy's work-alike of pyexpat: the same parser object, handlers and errors, over a scanner
# written in Python (xml/parsers/_expat_core.py) rather than the Expat C library.

import sys
import types

from xml.parsers import _expat_errors
from xml.parsers._expat_core import Scanner, ExpatError

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError


def ErrorString(code):
    "Returns string error for given number."
    if 0 < code < len(_expat_errors.MESSAGES):
        return _expat_errors.MESSAGES[code]
    return None


class XMLParserType(Scanner):
    "XML parser"

    def __init__(self, encoding=None, namespace_separator=None):
        Scanner.__init__(self, encoding, namespace_separator)
        self.intern = {}

    def ParseFile(self, file):
        while True:
            data = file.read(65536)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    @property
    def CurrentByteIndex(self):
        return -1


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    "Return a new XML parser object."
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    return XMLParserType(encoding, namespace_separator)


def _make_errors():
    module = types.ModuleType('pyexpat.errors', 'Constants used to describe error conditions.')
    codes = {}
    messages = {}
    for code in range(1, len(_expat_errors.MESSAGES)):
        message = _expat_errors.MESSAGES[code]
        setattr(module, 'XML_ERROR_' + _expat_errors.NAMES[code], message)
        codes[message] = code
        messages[code] = message
    module.codes = codes
    module.messages = messages
    return module


errors = _make_errors()
model = types.ModuleType('pyexpat.model', 'Constants used to interpret content model information.')
model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED = 1, 2, 3
model.XML_CTYPE_NAME, model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ = 4, 5, 6
model.XML_CQUANT_NONE, model.XML_CQUANT_OPT, model.XML_CQUANT_REP, model.XML_CQUANT_PLUS = 0, 1, 2, 3
sys.modules['xml.parsers.expat.errors'] = errors
sys.modules['xml.parsers.expat.model'] = model
