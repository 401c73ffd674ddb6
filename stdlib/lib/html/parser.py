"""html.parser for tpy: HTMLParser, a tolerant HTML tokenizer calling handle_* methods.

Text is buffered in `rawdata`; each feed() scans as far as it can be sure of, and keeps the
rest (a tag or reference cut off by the end of the chunk) for the next feed() or close().
Between markup, text goes to handle_data, with references already converted when
convert_charrefs is true (the default), or as handle_entityref/handle_charref calls when it
is false. Inside <script> and <style> everything up to the matching end tag is text.
getpos() is the line and column where the piece being reported starts.
"""

import re as _re
from html import unescape as _unescape

__all__ = ["HTMLParser"]

# Where text stops when references are reported separately.
_TEXT_STOP = _re.compile("[&<]")
# A reference must be followed by one more character (';' or anything that ends it) to be
# known complete.
_NAMED_REF = _re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_NUMBER_REF = _re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_REF_START = _re.compile("&[a-zA-Z#]")
_SPACE_OR_SEMICOLON = _re.compile(r"[\s;]")

# A start tag: its name, then attributes, each name after a quote, space or slash, with an
# optional value (quoted, or bare up to space or '>'); slashes not before '>' are spaces.
_TAG_OPEN = _re.compile("<[a-zA-Z]")
_TAG_NAME = _re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_VALUE = r"""(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""
_ATTR_NAME = r"""(?<=['"\s/])[^\s/>][^\s/=>]*"""
_ATTRIBUTE = _re.compile("(" + _ATTR_NAME + r")(\s*=+\s*(" + _VALUE + r"))?(?:\s|/(?!>))*")
_START_TAG_SPAN = _re.compile(
    r"<[a-zA-Z][^\t\n\r\f />\x00]*(?:[\s/]*(?:" + _ATTR_NAME + r"(?:\s*=+\s*" + _VALUE
    + r"\s*)?(?:\s|/(?!>))*)*)?\s*")
# Characters after which an unfinished start tag may still be completed by more input.
_TAG_MAY_CONTINUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")

_END_TAG = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_COMMENT_END = _re.compile(r"--\s*>")
_DECL_NAME = _re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
# <![CDATA[...]]> and friends end at "]]>"; Microsoft's <![if ...]> at "]>".
_SECTION_END = _re.compile(r"]\s*]\s*>")
_MS_SECTION_END = _re.compile(r"]\s*>")
_SECTION_KINDS = {"temp": _SECTION_END, "cdata": _SECTION_END, "ignore": _SECTION_END,
                  "include": _SECTION_END, "rcdata": _SECTION_END,
                  "if": _MS_SECTION_END, "else": _MS_SECTION_END, "endif": _MS_SECTION_END}


class HTMLParser:
    """Subclass it and override the handle_* methods; feed() it text, then close() it."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all buffered input and start again at line 1."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Parse as much of the input so far as can be, keeping an unfinished end."""
        self.rawdata = self.rawdata + data
        self._scan(False)

    def close(self):
        """Parse everything left, as if the input ended here."""
        self._scan(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the start tag reported last."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        # Everything is text until </elem>.
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    # -- what a subclass overrides ---------------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        # <tag/>: a start tag and its end tag, unless a subclass says otherwise.
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    # -- the scanner -----------------------------------------------------------------------

    def _scan(self, final):
        data = self.rawdata
        size = len(data)
        pos = 0
        while pos < size:
            stop = self._text_end(data, pos)
            if stop < 0:
                break
            if pos < stop:
                self._text(data[pos:stop])
            pos = self._move(data, pos, stop)
            if pos == size:
                break
            if data[pos] == "<":
                after = self._markup(data, pos)
                if after < 0:
                    if not final:
                        break
                    after = self._unfinished_markup(data, pos)
                pos = self._move(data, pos, after)
            else:
                pos, go_on = self._reference(data, pos, size, final)
                if not go_on:
                    break
        # At the end, what is left is text; an unclosed <script> or <style> keeps its content.
        if final and pos < size and self.cdata_elem is None:
            self._text(data[pos:size])
            pos = self._move(data, pos, size)
        self.rawdata = data[pos:]

    def _text_end(self, data, pos):
        """Where the text starting at pos ends, or -1 to wait for more input."""
        if self.convert_charrefs and self.cdata_elem is None:
            stop = data.find("<", pos)
            if stop >= 0:
                return stop
            # All text to the end, unless a reference may be cut off there: an '&' among the
            # last 34 characters (the longest reference) with no space or ';' after it.
            size = len(data)
            amp = data.rfind("&", max(pos, size - 34))
            if amp >= 0 and not _SPACE_OR_SEMICOLON.search(data, amp):
                return -1
            return size
        found = self.interesting.search(data, pos)
        if found:
            return found.start()
        return -1 if self.cdata_elem is not None else len(data)

    def _text(self, text):
        if self.convert_charrefs and self.cdata_elem is None:
            text = _unescape(text)
        self.handle_data(text)

    def _move(self, data, start, end):
        # getpos() follows the text consumed from start to end.
        newlines = data.count("\n", start, end)
        if newlines:
            self.lineno += newlines
            self.offset = end - (data.rindex("\n", start, end) + 1)
        else:
            self.offset += end - start
        return end

    def _markup(self, data, pos):
        """Parse the markup at data[pos] == '<'; where it ends, or -1 when it is incomplete."""
        if _TAG_OPEN.match(data, pos):
            return self._start_tag(data, pos)
        if data.startswith("</", pos):
            return self._end_tag(data, pos)
        if data.startswith("<!--", pos):
            return self._comment(data, pos)
        if data.startswith("<?", pos):
            return self._processing_instruction(data, pos)
        if data.startswith("<!", pos):
            return self._declaration(data, pos)
        if pos + 1 < len(data):
            # A '<' that starts nothing is text.
            self.handle_data("<")
            return pos + 1
        return -1

    def _unfinished_markup(self, data, pos):
        # At close(): markup that never ended is text, up to the next '>' (included) or '<'.
        end = data.find(">", pos + 1)
        if end >= 0:
            end += 1
        else:
            end = data.find("<", pos + 1)
            if end < 0:
                end = pos + 1
        self._text(data[pos:end])
        return end

    def _reference(self, data, pos, size, final):
        """A reference at data[pos] == '&' when they are reported separately:
        (where scanning goes on, whether it goes on now)."""
        if data.startswith("&#", pos):
            found = _NUMBER_REF.match(data, pos)
            if found:
                self.handle_charref(found.group()[2:-1])
                return self._move(data, pos, self._ref_end(data, found)), True
            if ";" in data[pos:]:
                # A broken numeric reference: "&#" is text.
                self.handle_data(data[pos:pos + 2])
                pos = self._move(data, pos, pos + 2)
            return pos, False
        found = _NAMED_REF.match(data, pos)
        if found:
            self.handle_entityref(found.group(1))
            return self._move(data, pos, self._ref_end(data, found)), True
        found = _REF_START.match(data, pos)
        if found:
            # Maybe the start of a reference: wait, unless this is the end of all input,
            # where 3.11 drops the '&' and leaves the rest as text.
            if final and found.group() == data[pos:]:
                pos = self._move(data, pos, pos + 1)
            return pos, False
        if pos + 1 < size:
            self.handle_data("&")
            return self._move(data, pos, pos + 1), True
        return pos, False

    def _ref_end(self, data, found):
        # The character after the name is part of the reference only when it is ';'.
        end = found.end()
        return end if data[end - 1] == ";" else end - 1

    # -- markup ----------------------------------------------------------------------------

    def _start_tag(self, data, pos):
        self._starttag_text = None
        end = self._start_tag_end(data, pos)
        if end < 0:
            return end
        self._starttag_text = data[pos:end]
        name = _TAG_NAME.match(data, pos + 1)
        tag = name.group(1).lower()
        self.lasttag = tag
        attrs, rest = self._attributes(data, name.end(), end)
        closing = data[rest:end].strip()
        if closing not in (">", "/>"):
            # Not a tag after all: its text is data.
            self.handle_data(data[pos:end])
            return end
        if closing.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _attributes(self, data, pos, end):
        """The (name, value) pairs between pos and end, and where they stop."""
        attrs = []
        while pos < end:
            found = _ATTRIBUTE.match(data, pos)
            if not found:
                break
            name, assigned, value = found.group(1, 2, 3)
            if not assigned:
                value = None
            elif len(value) >= 1 and value[0] in "'\"" and value[-1] == value[0]:
                value = value[1:-1]
            if value:
                value = _unescape(value)
            attrs.append((name.lower(), value))
            pos = found.end()
        return attrs, pos

    def _start_tag_end(self, data, pos):
        """Where the start tag at pos ends; -1 when more input could still change that."""
        stop = _START_TAG_SPAN.match(data, pos).end()
        following = data[stop:stop + 1]
        if following == ">":
            return stop + 1
        if following == "/":
            if data.startswith("/>", stop):
                return stop + 2
            return -1
        if following == "" or following in _TAG_MAY_CONTINUE:
            return -1
        return stop if stop > pos else pos + 1

    def _end_tag(self, data, pos):
        close = data.find(">", pos + 1)
        if close < 0:
            return -1
        after = close + 1
        whole = _END_TAG.match(data, pos)
        if whole is None:
            if self.cdata_elem is not None:
                self.handle_data(data[pos:after])
                return after
            # A loose end tag: the name, then anything up to the next '>'.
            name = _TAG_NAME.match(data, pos + 2)
            if name is None:
                if data.startswith("</>", pos):
                    return pos + 3
                return self._bogus_comment(data, pos)
            self.handle_endtag(name.group(1).lower())
            return data.find(">", name.end()) + 1
        tag = whole.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(data[pos:after])
            return after
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return after

    def _comment(self, data, pos):
        found = _COMMENT_END.search(data, pos + 4)
        if not found:
            return -1
        self.handle_comment(data[pos + 4:found.start()])
        return found.end()

    def _processing_instruction(self, data, pos):
        close = data.find(">", pos + 2)
        if close < 0:
            return -1
        self.handle_pi(data[pos + 2:close])
        return close + 1

    def _declaration(self, data, pos):
        if data.startswith("<![", pos):
            return self._marked_section(data, pos)
        if data[pos:pos + 9].lower() == "<!doctype":
            close = data.find(">", pos + 9)
            if close < 0:
                return -1
            self.handle_decl(data[pos + 2:close])
            return close + 1
        return self._bogus_comment(data, pos)

    def _bogus_comment(self, data, pos):
        # <!anything> and </ not followed by a name: a comment up to the next '>'.
        close = data.find(">", pos + 2)
        if close < 0:
            return -1
        self.handle_comment(data[pos + 2:close])
        return close + 1

    def _marked_section(self, data, pos):
        start = pos + 3
        if start >= len(data):
            return -1
        name = _DECL_NAME.match(data, start)
        if name is None:
            self._move(data, pos, start)
            raise AssertionError("expected name token at %r" % data[pos:pos + 20])
        if name.end() == len(data):
            return -1
        ending = _SECTION_KINDS.get(name.group().strip().lower())
        if ending is None:
            raise AssertionError("unknown status keyword %r in marked section" % data[start:name.end()])
        found = ending.search(data, start)
        if not found:
            return -1
        self.unknown_decl(data[start:found.start()])
        return found.end()
