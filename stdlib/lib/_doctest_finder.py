"""doctest's DocTestFinder: the DocTests of an object and of what it defines.

tpy's own code, written from doctest's documentation and CPython 3.11's observed results:
which members are visited, the names they get, the line a docstring is reported at, and
the error messages.
"""

import inspect
import linecache
import re

from _doctest_parser import DocTestParser

# A line that opens a string literal, possibly after a `def ...:` or `class ...:` header
# and a string prefix: where a docstring starts.
_OPENS_STRING = re.compile(r"""(?:^|.*:)\s*\w*["']""")


def _docstring_of(obj):
    if isinstance(obj, str):
        return obj
    try:
        doc = obj.__doc__ or ''
    except (TypeError, AttributeError):
        return ''
    return doc if isinstance(doc, str) else str(doc)


def _code_object(obj):
    """The code object whose first line locates obj's docstring, or None. A function
    without a docstring has none: its first line would point at the wrong string."""
    if inspect.ismethod(obj):
        obj = obj.__func__
    if inspect.isfunction(obj):
        return obj.__code__ if getattr(obj, '__doc__', None) else None
    if inspect.istraceback(obj):
        obj = obj.tb_frame
    if inspect.isframe(obj):
        obj = obj.f_code
    return obj if inspect.iscode(obj) else None


def _file_of_module(module):
    if module is None:
        return None
    path = getattr(module, '__file__', None) or module.__name__
    return path[:-1] if path.endswith('.pyc') else path


def _defined_in(module, obj):
    """Whether obj belongs to module (so that names a module imports are not tested)."""
    if module is None:
        return True
    owner = inspect.getmodule(obj)
    if owner is not None:
        return owner is module
    if inspect.isfunction(obj):
        return obj.__globals__ is module.__dict__
    if inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj):
        # A C type's slot wrapper or method belongs to its class's module.
        owner = getattr(obj, '__objclass__', obj)
        if not hasattr(owner, '__module__'):
            return True
        return owner.__module__ == module.__name__
    if inspect.isclass(obj) or hasattr(obj, '__module__'):
        return getattr(obj, '__module__', None) == module.__name__
    if isinstance(obj, property):
        return True  # nothing says where a bare property came from: take it
    raise ValueError("object must be a class or function")


class DocTestFinder:
    """Collects the DocTests of an object and, when recurse is true, of the functions,
    classes and `__test__` entries it defines; exclude_empty drops empty docstrings."""

    def __init__(self, verbose=False, parser=None, recurse=True, exclude_empty=True):
        self._verbose = verbose
        self._parser = parser if parser is not None else DocTestParser()
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj (and what it defines), sorted by name. module=False means
        'no module'; None means inspect.getmodule(obj). The tests run in a copy of globs
        (default: the module's namespace) updated with extraglobs."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        namespace = dict(module.__dict__ if globs is None and module is not None
                         else globs or {})
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')
        found = []
        self._visit(obj, name, module, self._source_lines(obj, module), namespace, found,
                    set())
        found.sort()
        return found

    @staticmethod
    def _source_lines(obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None  # a builtin: no source
        if path is None:
            return None
        return linecache.getlines(path, module.__dict__ if module is not None else None) or None

    def _visit(self, obj, name, module, source_lines, namespace, found, visited):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in visited:
            return
        visited.add(id(obj))
        doc = _docstring_of(obj)
        lineno = self._docstring_line(obj, source_lines)
        if doc or not self._exclude_empty:
            found.append(self._parser.get_doctest(doc, namespace, name,
                                                  _file_of_module(module), lineno))
        if self._recurse:
            for child_name, child in self._members(obj, module):
                self._visit(child, '%s.%s' % (name, child_name), module, source_lines,
                            namespace, found, visited)

    @staticmethod
    def _members(obj, module):
        """(name suffix, object) for each member of obj that has tests of its own."""
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                testable = inspect.isroutine(inspect.unwrap(value)) or inspect.isclass(value)
                if testable and _defined_in(module, value):
                    yield key, value
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (isinstance(value, str) or inspect.isroutine(value)
                        or inspect.isclass(value) or inspect.ismodule(value)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                yield '__test__.' + key, value
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                testable = (inspect.isroutine(value) or inspect.isclass(value)
                            or isinstance(value, property))
                if testable and _defined_in(module, value):
                    yield key, value

    @staticmethod
    def _docstring_line(obj, source_lines):
        """The line (from 0) of obj's file where its docstring opens, or None."""
        if inspect.ismodule(obj):
            start = 0
        elif inspect.isclass(obj):
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            start = next((i for i, text in enumerate(source_lines) if header.match(text)), None)
        else:
            code = _code_object(obj)
            start = None if code is None else code.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1  # no source to look at (what CPython reports too)
        for i in range(start, len(source_lines)):
            if _OPENS_STRING.match(source_lines[i]):
                return i
        return None
