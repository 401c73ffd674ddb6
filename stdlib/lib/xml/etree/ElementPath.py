# ElementPath: the subset of XPath that Element.find/findall/findtext/iterfind accept.
#
# A path is cut into (operator, name) tokens; each step ('a', '*', '.', '..', './/x',
# '[predicate]') becomes a selector, a function from the current list of elements to the
# next. Steps are separated by '/'.

import re

_TOKEN = re.compile(
    "("
    "'[^']*'|\"[^\"]*\""      # quoted literal
    "|::|//?|\\.\\.|\\(\\)|!="   # multi-character operators
    "|[/.*:\\[\\]\\(\\)@=]"    # one-character operators
    ")|"
    "((?:\\{[^}]+\\})?[^/\\[\\]\\(\\)@!=\\s]+)"   # a name, maybe with its {namespace}
    "|\\s+")


def xpath_tokenizer(pattern, namespaces=None):
    default_namespace = namespaces.get('') if namespaces else None
    after_at = False
    for token in _TOKEN.findall(pattern):
        op, tag = token
        if tag and tag[0] != '{':
            if ':' in tag and namespaces:
                prefix, local = tag.split(':', 1)
                if prefix not in namespaces:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix)
                yield op, '{%s}%s' % (namespaces[prefix], local)
            elif default_namespace and not after_at:
                yield op, '{%s}%s' % (default_namespace, tag)
            else:
                yield token
        else:
            yield token
        after_at = op == '@'


def get_parent_map(context):
    parent_map = context.parent_map
    if parent_map is None:
        context.parent_map = parent_map = {}
        for parent in context.root.iter():
            for child in parent:
                parent_map[child] = parent
    return parent_map


def _is_wildcard_tag(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_matcher(tag):
    "A test for element tags with {*} or * wildcards."
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        brace_local = '}' + local
        return lambda t: t == local or isinstance(t, str) and t.endswith(brace_local)
    if tag[-2:] == '}*':
        namespace = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(namespace)
    raise RuntimeError('internal parser error, got %s' % tag)


def prepare_child(next, token):
    tag = token[1]
    if _is_wildcard_tag(tag):
        matches = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for child in elem:
                    if matches(child.tag):
                        yield child
    else:
        if tag[:2] == '{}':
            tag = tag[2:]  # '{}tag' is 'tag' with no namespace

        def select(context, result):
            for elem in result:
                for child in elem:
                    if child.tag == tag:
                        yield child
    return select


def prepare_star(next, token):
    def select(context, result):
        for elem in result:
            yield from elem
    return select


def prepare_self(next, token):
    def select(context, result):
        yield from result
    return select


def prepare_descendant(next, token):
    token = next()
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    if _is_wildcard_tag(tag):
        matches = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and matches(e.tag):
                        yield e
    else:
        if tag[:2] == '{}':
            tag = tag[2:]

        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    return select


def prepare_parent(next, token):
    def select(context, result):
        parent_map = get_parent_map(context)
        seen = {}
        for elem in result:
            if elem in parent_map:
                parent = parent_map[elem]
                if parent not in seen:
                    seen[parent] = None
                    yield parent
    return select


def _text_of(elem):
    return ''.join(elem.itertext())


def prepare_predicate(next, token):
    # the predicate's shape, one character per token ('@', '-' for a name, "'" for a
    # literal, '=', '!=', '()'), and the names and literals themselves
    signature = []
    values = []
    while True:
        try:
            token = next()
        except StopIteration:
            return None
        if token[0] == ']':
            break
        if token == ('', ''):
            continue
        if token[0] and token[0][:1] in '\'"':
            token = "'", token[0][1:-1]
        signature.append(token[0] or '-')
        values.append(token[1])
    signature = ''.join(signature)

    if signature == '@-':
        key = values[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature == "@-='" or signature == "@-!='":
        key = values[1]
        value = values[-1]
        equal = signature == "@-='"

        def select(context, result):
            for elem in result:
                found = elem.get(key)
                if found is not None and (found == value) == equal:
                    yield elem
        return select
    if signature == '-' and not re.match(r'\-?\d+$', values[0]):
        tag = values[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select
    if signature in (".='", ".!='", "-='", "-!='") and not re.match(r'\-?\d+$', values[0]):
        tag = values[0]
        value = values[-1]
        equal = '!' not in signature
        if tag:
            def select(context, result):
                for elem in result:
                    for child in elem.findall(tag):
                        if (_text_of(child) == value) == equal:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    if (_text_of(elem) == value) == equal:
                        yield elem
        return select
    if signature in ('-', '-()', '-()-'):
        if signature == '-':
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if values[0] != 'last':
                raise SyntaxError('unsupported function')
            if signature == '-()-':
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1

        def select(context, result):
            parent_map = get_parent_map(context)
            for elem in result:
                try:
                    parent = parent_map[elem]
                    siblings = list(parent.findall(elem.tag))
                    if siblings[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select
    raise SyntaxError('invalid predicate')


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


def _compile(path, namespaces):
    "The list of selectors for a path (cached by path and namespaces)."
    key = (path, None) if namespaces is None else (path, tuple(sorted(namespaces.items())))
    selector = _cache.get(key)
    if selector is not None:
        return selector
    if path[-1:] == '/':
        path = path + '*'
    selector = []
    tokens = iter(xpath_tokenizer(path, namespaces))
    next = tokens.__next__
    try:
        token = next()
    except StopIteration:
        return selector
    while True:
        try:
            selector.append(ops[token[0]](next, token))
        except StopIteration:
            raise SyntaxError('invalid path') from None
        try:
            token = next()
            if token[0] == '/':
                token = next()
        except StopIteration:
            break
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    _cache[key] = selector
    return selector


def iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        pass
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    selector = _compile(path, namespaces)
    result = [elem]
    context = _SelectorContext(elem)
    for select in selector:
        result = select(context, result)
    return iter(result)


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ''
