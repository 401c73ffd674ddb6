"""inspect's smaller helpers, as CPython 3.11 has them: the arguments of a code object or frame
(getargs, getargvalues, formatargvalues), class trees (getclasstree, walktree),
getmembers_static, getabsfile, getlineno, indentsize and formatannotationrelativeto.
inspect imports them from here (at its end); what they use of inspect they import when called,
as inspect may be loaded as __main__ (python -m inspect).
"""

import os
import types
from collections import namedtuple
from operator import attrgetter

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8

Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargs(co):
    """(args, varargs, varkw) of a code object: argument names (keyword-only ones last) and the
    names of its * and ** parameters, or None."""
    if not isinstance(co, types.CodeType):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & _CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & _CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


def getargvalues(frame):
    """(args, varargs, varkw, locals) of the call a frame runs."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})' from getargvalues' four values."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = []
    for i in range(len(args)):
        specs.append(convert(args[i]))
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        import inspect
        return inspect.formatannotation(annotation, module)
    return _formatannotation


def walktree(classes, children, parent):
    """Recursive helper function for getclasstree()."""
    results = []
    classes.sort(key=attrgetter('__module__', '__name__'))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The classes as nested lists: each (class, bases) entry is followed by a list of the
    classes derived from it. With unique, each class appears once."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def getmembers_static(object, predicate=None):
    """getmembers without running descriptors, __getattr__ or __getattribute__
    (getattr_static finds each value)."""
    import inspect as _inspect
    return _inspect._getmembers(object, predicate, _inspect.getattr_static)


def getabsfile(object, _filename=None):
    """The absolute, normalised path of the source (or other) file of an object."""
    if _filename is None:
        import inspect as _inspect
        _filename = _inspect.getsourcefile(object) or _inspect.getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getlineno(frame):
    """The line a frame is at."""
    return frame.f_lineno


def indentsize(line):
    """The indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())
