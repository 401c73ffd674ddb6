"""Debugger basics: deciding where a traced program stops.

A Bdb is the trace function (sys.settrace and each frame's f_trace).  For every
event it asks two questions: does the current "stop target" say to stop here,
and is there an effective breakpoint here?  On a stop it calls a user_* hook;
the debugger built on top (pdb) overrides those hooks, talks to the user, and
picks the next target with one of the set_* methods before returning.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# co_flags of generators, coroutines and async generators: their 'return' event
# may only be a suspension, so "stop when it returns" needs care there.
GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200

# The events that are not 'line', mapped to the method handling them.  C-level
# events never reach a Python trace function, but a caller may pass them in.
_EVENT_METHODS = {
    'call': 'dispatch_call',
    'return': 'dispatch_return',
    'exception': 'dispatch_exception',
}
_IGNORED_EVENTS = frozenset(('c_call', 'c_exception', 'c_return'))


class BdbQuit(Exception):
    """Exception to give up completely."""


def _suspendable(frame):
    return (frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS) != 0


def _main_namespaces(globals, locals):
    # run()/runeval() default to __main__'s namespace, locals to the globals.
    if globals is None:
        import __main__
        globals = __main__.__dict__
    return globals, (globals if locals is None else locals)


def _delete_each(breakpoints):
    # Iterate over a copy: deleteMe() removes from the list being walked.
    for bp in list(breakpoints):
        bp.deleteMe()


class Bdb:
    """Generic Python debugger base class.

    The stop target is three attributes: stopframe (None: any frame will do),
    stoplineno (in stopframe, stop from this line on; -1: no line stops there)
    and returnframe (also stop when that frame returns).
    """

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.fncache = {}
        self.frame_returning = None
        # breaks maps a canonical file name to its lines that carry breakpoints.
        # The Breakpoint class owns the breakpoints, so a new debugger starts
        # with the lines of those an earlier one left behind.
        self.breaks = {}
        for filename, lineno in Breakpoint.bplist:
            self._mark_line(filename, lineno)

    def canonic(self, filename):
        """The absolute, case-normalized form of a file name; names in angle
        brackets ("<string>") are not files and come back unchanged."""
        if len(filename) > 1 and filename[0] == '<' and filename[-1] == '>':
            return filename
        cached = self.fncache.get(filename)
        if cached is None:
            cached = self.fncache[filename] = os.path.normcase(os.path.abspath(filename))
        return cached

    def _file_of(self, frame):
        return self.canonic(frame.f_code.co_filename)

    def reset(self):
        """Prepare a fresh run: no bottom frame yet, stop at the first event."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._aim(None)

    def _aim(self, frame, returning=None, from_line=0):
        # Every set_* method ends here: it replaces the whole stop target.
        self.stopframe = frame
        self.stoplineno = from_line
        self.returnframe = returning
        self.quitting = False

    def _stop(self, hook, *args):
        # Hand the stop to the debugger; it may have chosen to quit meanwhile.
        hook(*args)
        if self.quitting:
            raise BdbQuit

    # -- trace events ---------------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """The trace function: pass the event to dispatch_line/call/return/exception,
        whose result is the frame's trace function from now on."""
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        method = _EVENT_METHODS.get(event)
        if method is not None:
            return getattr(self, method)(frame, arg)
        if event not in _IGNORED_EVENTS:
            print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self._stop(self.user_line, frame)
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call of a run: whatever called it is where the debugged stack ends.
            self.botframe = frame.f_back
            return self.trace_dispatch
        wanted = self.stop_here(frame) or self.break_anywhere(frame)
        if not wanted:
            return None  # no reason to ever stop in this frame: do not trace its lines
        if self.stopframe is not None and _suspendable(frame):
            return self.trace_dispatch  # a generator resumed while we step over it
        self._stop(self.user_call, frame, arg)
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if frame is not self.returnframe and not self.stop_here(frame):
            return self.trace_dispatch
        if self.stopframe is not None and _suspendable(frame):
            return self.trace_dispatch  # only a yield
        self.frame_returning = frame
        try:
            self.user_return(frame, arg)
        finally:
            self.frame_returning = None
        if self.quitting:
            raise BdbQuit
        if frame is self.stopframe and self.stoplineno >= 0:
            # The frame we meant to stop in is gone: stop at whatever runs next.
            self._aim(None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        exc_type, _, tb = arg
        if self.stop_here(frame):
            # StopIteration without a traceback is how a generator we step over ends.
            report = not (exc_type is StopIteration and tb is None and _suspendable(frame))
        else:
            # Stepping over a generator: its end shows up in the frame that consumes it.
            target = self.stopframe
            report = (target is not None and target is not frame and _suspendable(target)
                      and exc_type in (StopIteration, GeneratorExit))
        if report:
            self._stop(self.user_exception, frame, arg)
        return self.trace_dispatch

    # -- deciding to stop -----------------------------------------------------

    def is_skipped_module(self, module_name):
        """Whether module_name matches one of the skip patterns."""
        if module_name is None:
            return False
        for pattern in self.skip:
            if fnmatch.fnmatch(module_name, pattern):
                return True
        return False

    def stop_here(self, frame):
        """Whether the stop target asks to stop in this frame now."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        target = self.stopframe
        if target is None:
            return True
        return frame is target and 0 <= self.stoplineno <= frame.f_lineno

    def break_here(self, frame):
        """Whether an effective breakpoint sits at this frame's line (or, for a
        function breakpoint, at its def line).  A temporary breakpoint that
        stops us is deleted."""
        filename = self._file_of(frame)
        marked = self.breaks.get(filename)
        if not marked:
            return False
        for lineno in (frame.f_lineno, frame.f_code.co_firstlineno):
            if lineno in marked:
                break
        else:
            return False
        hit, may_delete = effective(filename, lineno, frame)
        if hit is None:
            return False
        self.currentbp = hit.number
        if hit.temporary and may_delete:
            self.do_clear(str(hit.number))
        return True

    def do_clear(self, arg):
        """Delete a temporary breakpoint; the debugger must define it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """Whether the frame's file has any breakpoint."""
        return self._file_of(frame) in self.breaks

    # -- hooks the debugger overrides -----------------------------------------

    def user_call(self, frame, argument_list):
        """A function was called and we may want to stop in it."""

    def user_line(self, frame):
        """We stop at (or break at) a line."""

    def user_return(self, frame, return_value):
        """A frame we asked to stop at returns."""

    def user_exception(self, frame, exc_info):
        """An exception is raised where we stop."""

    # -- choosing where to stop next ------------------------------------------

    def set_until(self, frame, lineno=None):
        """Stop in this frame at a line >= lineno (default: the line after the
        current one), or when the frame returns."""
        self._aim(frame, frame, frame.f_lineno + 1 if lineno is None else lineno)

    def set_step(self):
        """Stop at the very next event."""
        returning = self.frame_returning
        if returning is not None:
            # We are leaving a frame: make sure its caller is traced, or the step
            # would have nowhere to stop.
            caller = returning.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._aim(None)

    def set_next(self, frame):
        """Stop at the next line of this frame (or of a caller, once it returns)."""
        self._aim(frame)

    def set_return(self, frame):
        """Stop when this frame returns."""
        if _suspendable(frame):
            # A generator's return event is enough: never stop at its lines.
            self._aim(frame, None, -1)
        else:
            self._aim(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging at frame (default: the caller's), stopping at its next line."""
        if frame is None:
            frame = sys._getframe(1)
        self.reset()
        # Trace every frame below too, so that stepping out of this one can stop.
        while frame is not None:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; with none left, stop tracing (it only costs time)."""
        self._aim(self.botframe, None, -1)
        if self.breaks:
            return
        sys.settrace(None)
        frame = sys._getframe(1)
        while frame is not None and frame is not self.botframe:
            del frame.f_trace
            frame = frame.f_back

    def set_quit(self):
        """End the run: the next event raises BdbQuit."""
        self._aim(self.botframe)
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints ----------------------------------------------------------

    def _mark_line(self, filename, lineno):
        lines = self.breaks.get(filename)
        if lines is None:
            self.breaks[filename] = [lineno]
        elif lineno not in lines:
            lines.append(lineno)

    def _unmark_if_unused(self, filename, lineno):
        # A line stays marked while some Breakpoint is still on it.
        lines = self.breaks[filename]
        if (filename, lineno) not in Breakpoint.bplist:
            lines.remove(lineno)
            if not lines:
                del self.breaks[filename]

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Add a breakpoint.  Returns None, or a message saying why not."""
        import linecache
        filename = self.canonic(filename)
        if linecache.getline(filename, lineno):
            self._mark_line(filename, lineno)
            Breakpoint(filename, lineno, temporary, cond, funcname)
            return None
        return 'Line %s:%d does not exist' % (filename, lineno)

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at a line.  Returns None, or a message saying why not."""
        filename = self.canonic(filename)
        lines = self.breaks.get(filename)
        if lines is None:
            return 'There are no breakpoints in %s' % filename
        if lineno not in lines:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        _delete_each(Breakpoint.bplist[filename, lineno])
        self._unmark_if_unused(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete the breakpoint numbered arg.  Returns None, or a message saying why not."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._unmark_if_unused(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete the breakpoints of a file.  Returns None, or a message saying why not."""
        filename = self.canonic(filename)
        lines = self.breaks.get(filename)
        if lines is None:
            return 'There are no breakpoints in %s' % filename
        for lineno in lines:
            _delete_each(Breakpoint.bplist[filename, lineno])
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint.  Returns None, or a message saying why not."""
        if not self.breaks:
            return 'There are no breakpoints'
        _delete_each(bp for bp in Breakpoint.bpbynumber if bp is not None)
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The breakpoint numbered by the string arg; a ValueError tells why there is none."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            found = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if found is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return found

    def get_break(self, filename, lineno):
        """Whether a breakpoint is set at that line."""
        return lineno in self.breaks.get(self.canonic(filename), ())

    def get_breaks(self, filename, lineno):
        """The breakpoints at that line (a list, maybe empty)."""
        filename = self.canonic(filename)
        if lineno not in self.breaks.get(filename, ()):
            return []
        return Breakpoint.bplist.get((filename, lineno)) or []

    def get_file_breaks(self, filename):
        """The lines of a file that have breakpoints."""
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        """The lines with breakpoints, per file."""
        return self.breaks

    # -- the stack, as the debugger shows it ----------------------------------

    def get_stack(self, f, t):
        """(stack, index): the (frame, lineno) pairs from the bottom frame up to f,
        followed by the entries of traceback t; index is f's position (or the
        last one's, when f's chain never reaches the bottom frame)."""
        if t is not None and t.tb_frame is f:
            t = t.tb_next  # that entry is f itself
        chain = []
        reached_bottom = False
        frame = f
        while frame is not None:
            chain.append((frame, frame.f_lineno))
            if frame is self.botframe:
                reached_bottom = True
                break
            frame = frame.f_back
        chain.reverse()
        index = len(chain) - 1
        while t is not None:
            chain.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if not reached_bottom:
            index = len(chain) - 1
        return chain, max(index, 0)

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """`file(line)function()`, then `->value` for a returning frame, then
        lprefix and the stripped source line (a warning when the line is None)."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self._file_of(frame)
        parts = ['%s(%r)%s()' % (filename, lineno, frame.f_code.co_name or '<lambda>')]
        names = frame.f_locals
        if '__return__' in names:
            parts.append('->' + reprlib.repr(names['__return__']))
        if lineno is not None:
            source = linecache.getline(filename, lineno, frame.f_globals)
            if source:
                parts.append(lprefix + source.strip())
        else:
            parts.append(lprefix + 'Warning: lineno is None')
        return ''.join(parts)

    # -- running code under the debugger --------------------------------------
    # The exec/eval/call stays in run/runeval/runcall themselves: that frame is
    # the bottom of the debugged stack and shows in the debugger's `where`.

    def _start_tracing(self):
        self.reset()
        sys.settrace(self.trace_dispatch)

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (source text or a code object) executed by exec()."""
        globals, locals = _main_namespaces(globals, locals)
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        self._start_tracing()
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression evaluated by eval(); returns its value."""
        globals, locals = _main_namespaces(globals, locals)
        self._start_tracing()
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            return None
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """Kept for backwards compatibility: the same as run()."""
        return self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug one function call; returns its result."""
        self._start_tracing()
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return result


def set_trace():
    """Debug the caller with a plain Bdb."""
    Bdb().set_trace(sys._getframe(1))


class Breakpoint:
    """One breakpoint: file and line (a function breakpoint also has the function's
    name), with its condition, ignore count, hit count, enabled and temporary flags.

    The class is the registry of all breakpoints: `bpbynumber` is indexed by
    number (None where one was deleted; numbers are never reused) and `bplist`
    maps (file, line) to the breakpoints there; `next` is the next number.
    """

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.file = file
        self.line = line
        self.funcname = funcname
        # For a function breakpoint: the first line a call runs, learned on the first hit.
        self.func_first_executable_line = None
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next = self.number + 1
        Breakpoint.bpbynumber.append(self)
        Breakpoint.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from the registry (its number is not reused)."""
        Breakpoint.bpbynumber[self.number] = None
        key = (self.file, self.line)
        here = Breakpoint.bplist[key]
        here.remove(self)
        if not here:
            del Breakpoint.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default: sys.stdout)."""
        print(self.bpformat(), file=out if out is not None else sys.stdout)

    def bpformat(self):
        """The breakpoint as `break` lists it: number, disposition, enabled, place,
        then one indented line each for condition, ignore count and hits."""
        disposition = 'del  ' if self.temporary else 'keep '
        enabled = 'yes  ' if self.enabled else 'no   '
        lines = ['%-4dbreakpoint   %s%s at %s:%d'
                 % (self.number, disposition, enabled, self.file, self.line)]
        if self.cond:
            lines.append('\tstop only if %s' % (self.cond,))
        if self.ignore:
            lines.append('\tignore next %d hits' % (self.ignore,))
        if self.hits:
            plural = 's' if self.hits > 1 else ''
            lines.append('\tbreakpoint already hit %d time%s' % (self.hits, plural))
        return '\n'.join(lines)

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint b applies at frame's current line: a line breakpoint at its
    own line, a function breakpoint at the first line each call of it runs."""
    if not b.funcname:
        # break_here also looks up the def line; a line breakpoint must not fire there.
        return frame.f_lineno == b.line
    if b.funcname != frame.f_code.co_name:
        return False
    first = b.func_first_executable_line
    if not first:
        first = b.func_first_executable_line = frame.f_lineno
    return frame.f_lineno == first


def effective(file, line, frame):
    """(breakpoint, may_delete) for the first breakpoint at file:line that should
    stop us, or (None, None).  Every enabled breakpoint that applies counts a hit,
    even when its condition is false or it is being ignored.  A condition that
    raises stops, with may_delete False so a temporary breakpoint survives it."""
    for bp in Breakpoint.bplist[file, line]:
        if not (bp.enabled and checkfuncname(bp, frame)):
            continue
        bp.hits += 1
        if bp.cond:
            try:
                holds = eval(bp.cond, frame.f_globals, frame.f_locals)
            except:
                return bp, False
            if not holds:
                continue
        if bp.ignore > 0:
            bp.ignore -= 1
            continue
        return bp, True
    return None, None
