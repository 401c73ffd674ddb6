"""pydoc for tpy: help(object) as plain text, laid out as CPython 3.11's pydoc lays it out.

What help() prints when standard output is not a terminal: the text documentation of a module,
class, function, method, descriptor or other object (TextDoc), written to sys.stdout. There is
no interactive help utility, no topic or keyword pages (CPython keeps those in pydoc_data), no
HTML and no server: those raise NotImplementedError.
"""

import builtins
import inspect
import re
import sys
from collections import deque
from reprlib import Repr

__all__ = ['help', 'doc', 'render_doc', 'describe', 'locate', 'resolve', 'getdoc', 'splitdoc',
           'plain', 'text', 'plaintext', 'TextDoc', 'Helper', 'ErrorDuringImport']


def _missing(what):
    return NotImplementedError('%s is not available in tpy: its pydoc renders help(object) as text only' % what)


# ----------------------------------------------------------------- doc strings

def _owndoc(obj):
    """obj's own __doc__: None when it only repeats its type's."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _defining_class(func):
    """The class a function's __qualname__ places it in, or None."""
    found = sys.modules.get(func.__module__)
    if found is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        found = getattr(found, part)
    return found if inspect.isclass(found) else None


def _inherited_doc(obj):
    """The doc of the attribute obj overrides: the first one up the MRO that has its own."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        is_classmethod = (inspect.isclass(owner) and
                          getattr(getattr(owner, name, None), '__func__') is obj.__func__)
        cls = owner if is_classmethod else owner.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = _defining_class(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if inspect.isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__:
            cls = owner
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        cls = _defining_class(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _owndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _owndoc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The doc string of obj (its own, else the one it overrides), else its comments, else ''."""
    found = _getdoc(obj) or inspect.getcomments(obj)
    return found and re.sub('^ *\n', '', found.rstrip()) or ''


def splitdoc(doc):
    """(synopsis line, rest): the first line is a synopsis only when a blank line follows it."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(cls, modname):
    """cls's name, qualified by its module unless that is modname."""
    if cls.__module__ != modname:
        return cls.__module__ + '.' + cls.__name__
    return cls.__name__


def isdata(obj):
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj) or
                inspect.isframe(obj) or inspect.istraceback(obj) or inspect.iscode(obj))


def cram(text, maxlen):
    """text, its middle replaced by '...' if it is longer than maxlen."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_object_address = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', 2)  # re.IGNORECASE, as an int: re's flags would import enum


def stripid(text):
    """A repr without its ' at 0x...' address."""
    return _object_address.sub(r'\1', text)


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


_HIDDEN_NAMES = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__',
    '__spec__', '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__',
    '__slots__', '__version__'})


def visiblename(name, all=None, obj=None):
    """Whether help shows an attribute: dunders yes, private names no, __all__ when given."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    # A named tuple's methods and fields start with one underscore.
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    import __future__
    if obj is not __future__ and name in __future__.all_feature_names:
        if isinstance(getattr(obj, name, None), __future__._Feature):
            return False
    if all is not None:
        return name in all
    return not name.startswith('_')


def classify_class_attrs(cls):
    """inspect's classification, with data descriptors told apart (read-only properties too)."""
    out = []
    for name, kind, home, value in inspect.classify_class_attrs(cls):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        out.append((name, kind, home, value))
    return out


def sort_attributes(attrs, cls):
    """By name, a named tuple's fields first in their order."""
    fields = getattr(cls, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda attr: (order.get(attr[0], 0), attr[0]))


def _split(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


# -------------------------------------------------------------------- rendering

class TextRepr(Repr):
    """Reprs cut to size: 20 items of a list or tuple, 10 of a dict, 100 characters."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        cut = cram(x, self.maxstring)
        quoted = repr(cut)
        # Backslashes that need no escaping read better as a raw string.
        if '\\' in cut and '\\' not in quoted.replace('\\\\', ''):
            return 'r' + quoted[0] + cut + quoted[0]
        return quoted

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except:
            return '<%s instance>' % x.__class__.__name__


class TextDoc:
    """Text documentation: titles in bold (by overstriking), sections indented."""

    repr = TextRepr().repr

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        args = (obj, name) + args
        try:
            if inspect.ismodule(obj):
                return self.docmodule(*args)
            if inspect.isclass(obj):
                return self.docclass(*args)
            if inspect.isroutine(obj):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(obj):
            return self.docdata(*args)
        return self.docother(*args)

    def formattree(self, tree, modname, parent=None, prefix=''):
        out = ''
        for entry in tree:
            if type(entry) is tuple:
                c, bases = entry
                out += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    out += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                out += '\n'
            elif type(entry) is list:
                out += self.formattree(entry, modname, c, prefix + '    ')
        return out

    def _docloc(self, module):
        """Where a standard module's reference is online, or None."""
        name = module.__name__
        if name.split('.')[0] not in sys.stdlib_module_names or name in ('xml.etree', 'test.pydoc_mod'):
            return None
        return 'https://docs.python.org/%d.%d/library/%s.html' % (sys.version_info[0], sys.version_info[1], name.lower())

    def docmodule(self, module, name=None, mod=None):
        name = module.__name__
        synopsis, desc = splitdoc(getdoc(module))
        out = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        all = getattr(module, '__all__', None)
        docloc = self._docloc(module)
        if docloc is not None:
            out += self.section('MODULE REFERENCE', docloc + """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
""")
        if desc:
            out += self.section('DESCRIPTION', desc)

        classes = [(key, value) for key, value in inspect.getmembers(module, inspect.isclass)
                   if (all is not None or (inspect.getmodule(value) or module) is module)
                   and visiblename(key, all, module)]
        funcs = [(key, value) for key, value in inspect.getmembers(module, inspect.isroutine)
                 if (all is not None or inspect.isbuiltin(value) or inspect.getmodule(value) is module)
                 and visiblename(key, all, module)]
        data = [(key, value) for key, value in inspect.getmembers(module, isdata)
                if visiblename(key, all, module)]

        package_names = set()
        if hasattr(module, '__path__'):
            import pkgutil
            entries = []
            for _, modname, ispkg in pkgutil.iter_modules(module.__path__):
                package_names.add(modname)
                entries.append(modname + ' (package)' if ispkg else modname)
            entries.sort()
            out += self.section('PACKAGE CONTENTS', '\n'.join(entries))

        submodules = sorted(key for key, value in inspect.getmembers(module, inspect.ismodule)
                            if value.__name__.startswith(name + '.') and key not in package_names)
        if submodules:
            out += self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            parts = [self.formattree(inspect.getclasstree([value for _, value in classes], 1), name)]
            parts += [self.document(value, key, name) for key, value in classes]
            out += self.section('CLASSES', '\n'.join(parts))
        if funcs:
            out += self.section('FUNCTIONS', '\n'.join(self.document(value, key, name) for key, value in funcs))
        if data:
            out += self.section('DATA', '\n'.join(self.docother(value, key, name, maxlen=70) for key, value in data))

        if hasattr(module, '__version__'):
            version = str(module.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = version[11:-1].strip()
            out += self.section('VERSION', version)
        for attr, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
            if hasattr(module, attr):
                out += self.section(title, str(getattr(module, attr)))
        try:
            import os
            file = os.path.normcase(os.path.abspath(inspect.getfile(module)))
        except TypeError:
            file = '(built-in)'
        return out + self.section('FILE', file)

    def docclass(self, cls, name=None, mod=None, *ignored):
        realname = cls.__name__
        name = name or realname
        bases = cls.__bases__

        def makename(c, m=cls.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(map(makename, bases))

        contents = []
        push = contents.append
        try:
            signature = inspect.signature(cls)
        except (ValueError, TypeError):
            signature = None
        if signature:
            argspec = str(signature)
            if argspec and argspec != '()':
                push(name + argspec + '\n')
        doc = getdoc(cls)
        if doc:
            push(doc + '\n')

        mro = deque(inspect.getmro(cls))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + makename(base))
            push('')

        # Built-in subclasses (of a built-in class): at most four named.
        subclasses = sorted((str(c.__name__) for c in type.__subclasses__(cls)
                             if not c.__name__.startswith('_') and c.__module__ == 'builtins'),
                            key=str.lower)
        if subclasses:
            push('Built-in subclasses:')
            for subname in subclasses[:4]:
                push('    ' + subname)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule_needed = [False]

        def rule():
            # A line between sections, not before the first.
            if rule_needed[0]:
                push('-' * 70)
            rule_needed[0] = True

        def spill(heading, attrs, predicate):
            ok, rest = _split(attrs, predicate)
            if ok:
                rule()
                push(heading)
                for attr_name, kind, home, value in ok:
                    try:
                        value = getattr(cls, attr_name)
                    except Exception:
                        # A descriptor whose __get__ fails is documented as data.
                        push(self.docdata(value, attr_name, mod))
                    else:
                        push(self.document(value, attr_name, mod, cls))
            return rest

        def spilldescriptors(heading, attrs, predicate):
            ok, rest = _split(attrs, predicate)
            if ok:
                rule()
                push(heading)
                for attr_name, kind, home, value in ok:
                    push(self.docdata(value, attr_name, mod))
            return rest

        def spilldata(heading, attrs, predicate):
            ok, rest = _split(attrs, predicate)
            if ok:
                rule()
                push(heading)
                for attr_name, kind, home, value in ok:
                    value_doc = getdoc(value)
                    try:
                        obj = getattr(cls, attr_name)
                    except AttributeError:
                        obj = home.__dict__[attr_name]
                    push(self.docother(obj, attr_name, mod, maxlen=70, doc=value_doc) + '\n')
            return rest

        attrs = [(n, k, c, v) for n, k, c, v in classify_class_attrs(cls) if visiblename(n, obj=cls)]
        while attrs:
            thisclass = mro.popleft() if mro else attrs[0][2]
            attrs, inherited = _split(attrs, lambda t: t[2] is thisclass)
            if cls is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            if thisclass is cls:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(thisclass, cls.__module__)
            sort_attributes(attrs, cls)
            attrs = spill('Methods %s:\n' % tag, attrs, lambda t: t[1] == 'method')
            attrs = spill('Class methods %s:\n' % tag, attrs, lambda t: t[1] == 'class method')
            attrs = spill('Static methods %s:\n' % tag, attrs, lambda t: t[1] == 'static method')
            attrs = spilldescriptors('Readonly properties %s:\n' % tag, attrs, lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors('Data descriptors %s:\n' % tag, attrs, lambda t: t[1] == 'data descriptor')
            attrs = spilldata('Data and other attributes %s:\n' % tag, attrs, lambda t: t[1] == 'data')
            assert attrs == []
            attrs = inherited

        contents = '\n'.join(contents)
        if not contents:
            return title + '\n'
        return title + '\n' + self.indent(contents.rstrip(), ' |  ') + '\n'

    def formatvalue(self, obj):
        return '=' + self.repr(obj)

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(obj):
            owner_class = obj.__self__.__class__
            if cl:
                if owner_class is not cl:
                    note = ' from ' + classname(owner_class, mod)
            elif obj.__self__ is not None:
                note = ' method of %s instance' % classname(obj.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(owner_class, mod)
        qualifier = 'async ' if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else ''
        if name == realname:
            title = self.bold(realname)
        else:
            # An alias in a class of a function documented under its own name there.
            if cl and inspect.getattr_static(cl, realname, []) is obj:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = None
        if inspect.isroutine(obj):
            try:
                signature = inspect.signature(obj)
            except (ValueError, TypeError):
                signature = None
            if signature:
                argspec = str(signature)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = qualifier + title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(obj) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, obj, name=None, mod=None, cl=None):
        out = ''
        if name:
            out += self.bold(name) + '\n'
        doc = getdoc(obj) or ''
        if doc:
            out += self.indent(doc) + '\n'
        return out

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(obj)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if not doc:
            doc = getdoc(obj)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class _PlainTextDoc(TextDoc):
    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


def plain(text):
    """Text without its overstruck bold."""
    return re.sub('.\b', '', text)


def _escape_stdout(text):
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    return text.encode(encoding, 'backslashreplace').decode(encoding)


def pager(text):
    # CPython pipes the text through `less` on a terminal; tpy always writes it out plainly.
    sys.stdout.write(plain(_escape_stdout(text)))


# ------------------------------------------------------------------ entry points

class ErrorDuringImport(Exception):
    """An error raised while importing the module help was asked about."""

    def __init__(self, filename, exc_info):
        if isinstance(exc_info, BaseException):
            self.exc = type(exc_info)
            self.value = exc_info
        else:
            self.exc, self.value = exc_info[:2]
        self.filename = filename

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def _safeimport(path):
    """The module at dotted path, or None when there is none (an error inside it is raised)."""
    import importlib
    try:
        return importlib.import_module(path)
    except ImportError as e:
        if getattr(e, 'name', None) is not None and (path == e.name or path.startswith(e.name + '.')):
            return None
        raise ErrorDuringImport(path, e)
    except Exception as e:
        raise ErrorDuringImport(path, e)


def describe(thing):
    """A short description: 'function f', 'class C', 'built-in function len'..."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        owner = thing.__objclass__
        return 'getset descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        owner = thing.__objclass__
        return 'member descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted path names, importing modules as needed, or None."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        found = _safeimport('.'.join(parts[:n + 1]))
        if not found:
            break
        module, n = found, n + 1
    obj = module if module else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted path naming one."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text documentation of an object or of what a dotted path names."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj) or
            inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # Data or an instance: its type's methods are documented instead of its value.
        if hasattr(obj, '__origin__'):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Writes the documentation of thing to stdout (or as plain text to output)."""
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as exc:
            if is_cli:
                raise
            print(exc)
    else:
        try:
            s = render_doc(thing, title, forceload, plaintext)
        except ImportError as exc:
            s = str(exc)
        output.write(s)


_SPECIAL_REQUESTS = ('keywords', 'symbols', 'topics', 'modules')


class Helper:
    """help(): documentation of an object, or of what a string names."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is self._GoInteractive:
            raise _missing('the interactive help utility (help() with no argument)')
        try:
            self.help(request)
        except ImportError as e:
            self.output.write(f'{e}\n')

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            import keyword
            if (request in _SPECIAL_REQUESTS or request.startswith('modules ') or
                    (keyword.iskeyword(request) and request not in ('True', 'False', 'None')) or
                    keyword.issoftkeyword(request) or (request and request.isupper()) or
                    (request and not request.replace('.', '').replace('_', '').isalnum())):
                # Keywords, symbols and topics are pages of pydoc_data, which tpy does not have.
                raise _missing('help(%r) (keywords, symbols, topics and module lists)' % request)
            if request in ('True', 'False', 'None'):
                doc({'True': True, 'False': False, 'None': None}[request], 'Help on %s:', is_cli=is_cli)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')


help = Helper()


# ----------------------------------------------------------------- command line

def ispath(x):
    return isinstance(x, str) and x.find('/') >= 0


def importfile(path):
    """The module a Python source file holds, imported under its file's name."""
    import importlib.util
    import os
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    # As an import does: the module is sys.modules' while it runs, and after (its classes and
    # functions are then documented as its own).
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException as e:
        del sys.modules[name]
        raise ErrorDuringImport(path, e)
    return sys.modules[name]


_CLI_USAGE = """pydoc - the Python documentation tool

{cmd} <name> ...
    Show text documentation on something.  <name> may be the name of a
    Python keyword, topic, function, module, or package, or a dotted
    reference to a class or function within a module or module in a
    package.  If <name> contains a '{sep}', it is used as the path to a
    Python source file to document. If name is 'keywords', 'topics',
    or 'modules', a listing of these things is displayed.

{cmd} -k <keyword>
    Search for a keyword in the synopsis lines of all available modules.

{cmd} -n <hostname>
    Start an HTTP server with the given hostname (default: localhost).

{cmd} -p <port>
    Start an HTTP server on the given port on the local machine.  Port
    number 0 can be used to get an arbitrary unused port.

{cmd} -b
    Start an HTTP server on an arbitrary unused port and open a web browser
    to interactively browse documentation.  This option can be used in
    combination with -n and/or -p.

{cmd} -w <name> ...
    Write out the HTML documentation for a module to a file in the current
    directory.  If <name> contains a '{sep}', it is treated as a filename; if
    it names a directory, documentation is written for all the contents.
"""


def cli():
    """`python -m pydoc NAME...`: the text documentation of each name (or source file)."""
    import getopt
    import os
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'bk:n:p:w')
    except getopt.error:
        args, opts = None, ()
    for opt, _ in opts:
        # Keyword search, the HTTP server and HTML pages are the parts tpy's pydoc lacks.
        what = {'-k': 'pydoc -k (searching the modules\' synopses)', '-w': 'pydoc -w (HTML pages)'}
        raise _missing(what.get(opt, 'pydoc %s (the documentation server)' % opt))
    if not args:
        cmd = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        print(_CLI_USAGE.format(cmd=cmd, sep=os.sep))
        return
    for arg in args:
        if ispath(arg) and not os.path.exists(arg):
            print('file %r does not exist' % arg)
            sys.exit(1)
        try:
            if ispath(arg) and os.path.isfile(arg):
                arg = importfile(arg)
            help.help(arg, is_cli=True)
        except (ImportError, ErrorDuringImport) as value:
            print(value)
            sys.exit(1)


if __name__ == '__main__':
    cli()
