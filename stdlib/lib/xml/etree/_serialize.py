# Writing element trees as XML, HTML or plain text (ElementTree.write, tostring,
# tostringlist): namespace prefixes, escaping and the XML declaration as CPython 3.11 does.

import codecs

from xml.etree import ElementTree as ET


class ListStream:
    "The file tostringlist writes to: one list item per write (all joined for bytes)."

    def __init__(self, pieces, text):
        self.pieces = pieces
        self.text = text
        if text:
            self.encoding = None

    def writable(self):
        return True

    def write(self, data):
        if self.text or not self.pieces:
            self.pieces.append(data)
        else:
            self.pieces[0] = self.pieces[0] + data


def write_tree(root, file, encoding, xml_declaration, default_namespace, method,
               short_empty_elements):
    if not method:
        method = "xml"
    elif method == "c14n":
        raise NotImplementedError("tpy: ElementTree.write() does not support method='c14n'")
    elif method not in _SERIALIZERS and method != "text":
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    pieces = []
    write = pieces.append
    text_mode = encoding.lower() == "unicode"
    if text_mode:
        declared = getattr(file, "encoding", None) or "utf-8" if hasattr(file, "write") else "utf-8"
    else:
        codecs.lookup(encoding)
        declared = encoding
    if method == "xml" and (xml_declaration or
                            (xml_declaration is None and
                             not text_mode and
                             declared.lower() not in ("utf-8", "us-ascii"))):
        write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
    if method == "text":
        _serialize_text(write, root)
    else:
        qnames, namespaces = _namespaces(root, default_namespace)
        _SERIALIZERS[method](write, root, qnames, namespaces,
                             short_empty_elements=short_empty_elements)
    if not hasattr(file, "write"):
        if text_mode:
            with open(file, "w", encoding="utf-8", errors="xmlcharrefreplace") as f:
                f.write("".join(pieces))
        else:
            with open(file, "wb") as f:
                f.write("".join(pieces).encode(encoding, "xmlcharrefreplace"))
    elif text_mode:
        for piece in pieces:
            file.write(piece)
    else:
        if isinstance(file, ListStream):
            for piece in pieces:
                file.write(piece.encode(encoding, "xmlcharrefreplace"))
        else:
            file.write("".join(pieces).encode(encoding, "xmlcharrefreplace"))


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}   # tag or attribute name -> name as written (prefix:local)

    namespaces = {}         # uri -> prefix
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = ET._namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag  # default element
            else:
                if default_namespace:
                    raise ValueError(
                        "cannot use non-qualified names with "
                        "default_namespace option"
                        )
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for elem in elem.iter():
        tag = elem.tag
        if isinstance(tag, ET.QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not ET.Comment and tag is not ET.PI:
            _raise_serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, ET.QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, ET.QName) and value.text not in qnames:
                add_qname(value.text)
        text = elem.text
        if isinstance(text, ET.QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _write_namespaces(write, namespaces):
    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):  # sort on prefix
        if k:
            k = ":" + k
        write(' xmlns%s="%s"' % (k, _escape_attrib(v)))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is ET.Comment:
        write("<!--%s-->" % text)
    elif tag is ET.ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None,
                               short_empty_elements=short_empty_elements)
        else:
            _write_start_tag(write, tag, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None,
                                   short_empty_elements=short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _write_start_tag(write, tag, elem, qnames, namespaces, escape_value):
    """`<tag` with the namespace declarations and attributes, values escaped by `escape_value`."""
    write("<" + tag)
    items = list(elem.items())
    if items or namespaces:
        if namespaces:
            _write_namespaces(write, namespaces)
        for k, v in items:
            if isinstance(k, ET.QName):
                k = k.text
            if isinstance(v, ET.QName):
                v = qnames[v.text]
            else:
                v = escape_value(v)
            write(" %s=\"%s\"" % (qnames[k], v))


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is ET.Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ET.ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            _write_start_tag(write, tag, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in ET.HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {
    "xml": _serialize_xml,
    "html": _serialize_html,
}


def _raise_serialization_error(text):
    raise TypeError(
        "cannot serialize %r (type %s)" % (text, type(text).__name__)
        )


def _escaper(replacements):
    """An escaping function: each (character, reference) replaced in order, `&` first;
    anything but a str cannot be serialized."""
    def escape(text):
        try:
            for char, ref in replacements:
                if char in text:
                    text = text.replace(char, ref)
            return text
        except (TypeError, AttributeError):
            _raise_serialization_error(text)
    return escape


_MARKUP = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))

# Text content.
_escape_cdata = _escaper(_MARKUP)
# Attribute values: quotes too, and line ends and tabs as references so a parser keeps them.
_escape_attrib = _escaper(_MARKUP + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")))
# HTML attribute values: < stays as it is.
_escape_attrib_html = _escaper((("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")))
