# ElementPath: the subset of XPath that Element.find/findall/findtext/iterfind accept.
#
# A path is lexed into (operator, name) pairs. Each location step ('a', '*', '.', '..',
# '//x', '[predicate]') is compiled into a step function step(context, elements) giving the
# next elements lazily; steps are separated by '/'. Compiled paths are cached.

import re

# Group 1 is an operator or quoted literal, group 2 a name (maybe with a {uri} in front);
# bare whitespace matches neither and comes out as ('', '').
_LEXER = re.compile(
    r"""('[^']*'|"[^"]*"|::|//?|\.\.|\(\)|!=|[/.*:\[\]()@=])"""
    r"""|((?:\{[^}]+\})?[^/\[\]()@!=\s]+)"""
    r"""|\s+""")

_NO_URI = object()


def _qualify(name, namespaces):
    # 'p:local' becomes '{uri}local'; an unknown prefix is an error even with no map at all.
    prefix, _, local = name.partition(':')
    uri = _NO_URI
    if namespaces:
        try:
            uri = namespaces[prefix]
        except KeyError:
            pass
    if uri is _NO_URI:
        raise SyntaxError('prefix %r not found in prefix map' % prefix)
    return '{%s}%s' % (uri, local)


def xpath_tokenizer(pattern, namespaces=None):
    default_uri = namespaces.get('') if namespaces else None
    attribute = False   # the name right after '@' never takes the default namespace
    for op, name in _LEXER.findall(pattern):
        if name[:1] not in ('', '{'):
            if ':' in name:
                name = _qualify(name, namespaces)
            elif default_uri and not attribute:
                name = '{%s}%s' % (default_uri, name)
        yield op, name
        attribute = op == '@'


def get_parent_map(context):
    # Built once per search, and only when '..' or a position predicate needs it.
    if context.parent_map is None:
        context.parent_map = {kid: up for up in context.root.iter() for kid in up}
    return context.parent_map


def _tag_test(tag):
    """A function telling whether an element tag matches a wildcard tag, or None when tag
    has no wildcard (then plain equality is the test)."""
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag.startswith('{*}'):
        local = tag[3:]
        qualified_end = '}' + local
        return lambda t: t == local or isinstance(t, str) and t.endswith(qualified_end)
    if tag.endswith('}*'):
        uri_part = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(uri_part)
    return None


def _plain(tag):
    # '{}name' asks for a name in no namespace, which is just 'name'.
    return tag[2:] if tag.startswith('{}') else tag


def prepare_child(next, token):
    tag = token[1]
    test = _tag_test(tag)
    if test is None:
        tag = _plain(tag)

        def children_named(context, elements):
            for elem in elements:
                for kid in elem:
                    if kid.tag == tag:
                        yield kid
        return children_named

    def children_matching(context, elements):
        for elem in elements:
            for kid in elem:
                if test(kid.tag):
                    yield kid
    return children_matching


def prepare_star(next, token):
    def all_children(context, elements):
        for elem in elements:
            yield from elem
    return all_children


def prepare_self(next, token):
    def same(context, elements):
        yield from elements
    return same


def prepare_descendant(next, token):
    op, tag = next()
    if op == '*':
        tag = '*'
    elif op:
        raise SyntaxError('invalid descendant')
    test = _tag_test(tag)
    if test is None:
        tag = _plain(tag)

        def below_named(context, elements):
            for elem in elements:
                for node in elem.iter(tag):
                    if node is not elem:
                        yield node
        return below_named

    def below_matching(context, elements):
        for elem in elements:
            for node in elem.iter():
                if node is not elem and test(node.tag):
                    yield node
    return below_matching


def prepare_parent(next, token):
    def parents(context, elements):
        up_of = get_parent_map(context)
        given = set()
        for elem in elements:
            up = up_of.get(elem)
            if up is not None and up not in given:
                given.add(up)
                yield up
    return parents


def _all_text(elem):
    return ''.join(elem.itertext())


_INTEGER = re.compile(r'-?\d+$')


def _read_predicate(next):
    """The predicate's tokens up to ']' as a shape string, one code per token ('-' a name,
    "'" a quoted literal, otherwise the operator), and their names/literals; None when the
    path ends first."""
    shape = ''
    values = []
    while True:
        try:
            op, name = next()
        except StopIteration:
            return None
        if op == ']':
            return shape, values
        if not op and not name:
            continue   # whitespace
        if op[:1] in ('"', "'"):
            op, name = "'", op[1:-1]
        shape += op or '-'
        values.append(name)


def prepare_predicate(next, token):
    read = _read_predicate(next)
    if read is None:
        return None
    shape, values = read
    head_is_number = shape[:1] == '-' and _INTEGER.match(values[0]) is not None

    if shape == '@-':
        return _having_attribute(values[1])
    if shape in ("@-='", "@-!='"):
        return _attribute_compared(values[1], values[-1], shape == "@-='")
    if shape == '-' and not head_is_number:
        return _having_child(values[0])
    if shape in (".='", ".!='", "-='", "-!='") and not head_is_number:
        wanted = '!' not in shape
        if values[0]:
            return _child_text_compared(values[0], values[-1], wanted)
        return _own_text_compared(values[-1], wanted)
    if shape == '-':
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError('XPath position >= 1 expected')
        return _at_position(index)
    if shape in ('-()', '-()-'):
        if values[0] != 'last':
            raise SyntaxError('unsupported function')
        if shape == '-()':
            return _at_position(-1)
        try:
            index = int(values[2]) - 1
        except ValueError:
            raise SyntaxError('unsupported expression')
        if index > -2:
            raise SyntaxError('XPath offset from last() must be negative')
        return _at_position(index)
    raise SyntaxError('invalid predicate')


def _having_attribute(key):
    def step(context, elements):
        for elem in elements:
            if elem.get(key) is not None:
                yield elem
    return step


def _attribute_compared(key, value, wanted):
    def step(context, elements):
        for elem in elements:
            have = elem.get(key)
            if have is not None and (have == value) is wanted:
                yield elem
    return step


def _having_child(tag):
    def step(context, elements):
        for elem in elements:
            if elem.find(tag) is not None:
                yield elem
    return step


def _child_text_compared(tag, value, wanted):
    def step(context, elements):
        for elem in elements:
            if any((_all_text(kid) == value) is wanted for kid in elem.findall(tag)):
                yield elem
    return step


def _own_text_compared(value, wanted):
    def step(context, elements):
        for elem in elements:
            if (_all_text(elem) == value) is wanted:
                yield elem
    return step


def _at_position(index):
    # index counts among the siblings of the same tag, negative from the end.
    def step(context, elements):
        up_of = get_parent_map(context)
        for elem in elements:
            up = up_of.get(elem)
            if up is None:
                continue
            same_tag = list(up.findall(elem.tag))
            if -len(same_tag) <= index < len(same_tag) and same_tag[index] is elem:
                yield elem
    return step


ops = {
    '': prepare_child,
    '*': prepare_star,
    '.': prepare_self,
    '..': prepare_parent,
    '//': prepare_descendant,
    '[': prepare_predicate,
}

_cache = {}


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def _build_steps(path, namespaces):
    """The step functions of path, or None for a path with no tokens at all."""
    tokens = iter(xpath_tokenizer(path, namespaces))
    pull = tokens.__next__
    token = next(tokens, None)
    if token is None:
        return None
    steps = []
    while token is not None:
        try:
            steps.append(ops[token[0]](pull, token))
        except StopIteration:
            raise SyntaxError('invalid path') from None
        token = next(tokens, None)
        if token is not None and token[0] == '/':
            token = next(tokens, None)
    return steps


def iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        path += '*'   # 'a/' means every child of a
    key = (path,) + (tuple(sorted(namespaces.items())) if namespaces else ())
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        if path[:1] == '/':
            raise SyntaxError('cannot use absolute path on element')
        steps = _build_steps(path, namespaces)
        if steps is None:
            return None   # as CPython: an empty path gives None, not an iterator
        _cache[key] = steps
    found = [elem]
    context = _SelectorContext(elem)
    for step in steps:
        found = step(context, found)
    return found


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    hit = next(iterfind(elem, path, namespaces), None)
    return default if hit is None else hit.text or ''
