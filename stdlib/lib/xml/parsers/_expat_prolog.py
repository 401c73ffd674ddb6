# Expat's prolog tokenizer, for text outside the root element that is neither markup nor
# white space (a word, a quoted literal, a bracket, '%name;', '#name'). Expat first reads
# such a token whole and only then rejects it, so which error it reports, and at which
# column, depends on where the token ends: a word ended by a delimiter (space, '>', ')' ...)
# is a token, rejected at its start ("syntax error", or "junk after document element" after
# the root); one ended by any other character is an invalid token at that character.

from xml.parsers._expat_names import NAME_START, NAME_CHARS

TOKEN = 'token'            # a whole token
END_TOKEN = 'end'          # a token that reaches the end of the data: whole only if it is final
PE_REF = 'pe-ref'          # '%name;', a parameter entity reference
PARTIAL = 'partial'        # needs more data ("unclosed token" at the end of the input)
INVALID = 'invalid'        # "not well-formed (invalid token)" at the position returned

# the characters that may end a token of each kind (anything else there is invalid)
_AFTER_NAME = ' \t\n\r>),|[%'
_AFTER_LITERAL = ' \t\n\r>%['
_AFTER_CLOSE_PAREN = ' \t\n\r>,|)*?+'
_AFTER_POUND_NAME = ' \t\n\r)>%|'


def _word_end(buf, start, name_pos, n, after):
    "The token at start: name characters from name_pos, then one of the characters in after."
    end = NAME_CHARS.match(buf, name_pos).end()
    if end == n:
        return END_TOKEN, start
    return (TOKEN, start) if buf[end] in after else (INVALID, end)


def prolog_token(buf, pos):
    "The kind of the token at buf[pos] (not '<', not white space) and where it is."
    n = len(buf)
    c = buf[pos]
    if c in '"\'':
        close = buf.find(c, pos + 1)
        if close < 0:
            return PARTIAL, pos
        if close + 1 == n:
            return END_TOKEN, pos
        return (TOKEN, pos) if buf[close + 1] in _AFTER_LITERAL else (INVALID, close + 1)
    if c == '%':
        if pos + 1 == n:
            return PARTIAL, pos
        if buf[pos + 1] in ' \t\n\r%':
            return TOKEN, pos
        if not NAME_START.match(buf, pos + 1):
            return INVALID, pos + 1
        end = NAME_CHARS.match(buf, pos + 1).end()
        if end == n:
            return PARTIAL, pos
        return (PE_REF, pos) if buf[end] == ';' else (INVALID, end)
    if c == '#':
        if pos + 1 == n:
            return PARTIAL, pos
        if not NAME_START.match(buf, pos + 1):
            return INVALID, pos + 1
        return _word_end(buf, pos, pos + 1, n, _AFTER_POUND_NAME)
    if c in ',[|>(':
        return TOKEN, pos
    if c == ']':
        if pos + 1 == n:
            return END_TOKEN, pos
        if buf[pos + 1] == ']' and pos + 2 == n:
            return PARTIAL, pos
        return TOKEN, pos
    if c == ')':
        if pos + 1 == n:
            return END_TOKEN, pos
        return (TOKEN, pos) if buf[pos + 1] in _AFTER_CLOSE_PAREN else (INVALID, pos + 1)
    if NAME_START.match(buf, pos):
        # a name may be followed by '+', '*' or '?' (content model particles)
        return _word_end(buf, pos, pos, n, _AFTER_NAME + '+*?')
    if NAME_CHARS.match(buf, pos):
        return _word_end(buf, pos, pos, n, _AFTER_NAME)
    return INVALID, pos
