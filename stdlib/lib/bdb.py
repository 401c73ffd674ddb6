"""The debugger base class: where to stop, on top of sys.settrace.

Bdb receives the trace events of every frame (its trace_dispatch is the global
trace function and each frame's f_trace) and decides whether the program stops
there: stepping (stop at the next event anywhere), next/until/return (stop in a
given frame, at or after a line, or when it returns), or a breakpoint.  When it
stops it calls one of the user_* methods, which a debugger (pdb) overrides to talk
to the user; a user_* method chooses how to go on by calling one of the set_*
methods before it returns.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# co_flags bits of the code objects whose frames can be resumed (a 'return' event
# there may be a suspension, not the end).
GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Exception to give up completely."""


class Bdb:
    """Generic Python debugger base class.

    The debugger state is a "stop target": stopframe (None: stop in any frame),
    returnframe (stop when it returns), stoplineno (in stopframe, stop at a line
    at or after it; -1: never stop there).
    """

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None
        self._load_breaks()

    def canonic(self, filename):
        """The absolute, normalized form of a file name; "<string>"-style names stay as they are."""
        if filename == "<" + filename[1:-1] + ">":
            return filename
        known = self.fncache.get(filename)
        if not known:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Start a new run: forget the bottom frame, step at the first event."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- the trace function --------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """The trace function: hand each event to its dispatch_* method, which returns
        the frame's next local trace function."""
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        if event == 'call':
            return self.dispatch_call(frame, arg)
        if event == 'return':
            return self.dispatch_return(frame, arg)
        if event == 'exception':
            return self.dispatch_exception(frame, arg)
        if event in ('c_call', 'c_exception', 'c_return'):
            return self.trace_dispatch  # never sent to trace functions; a caller may pass them
        print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting: raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call seen: its caller is the bottom of the debugged stack.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None  # nothing to stop at in this frame: leave it untraced
        if self.stopframe and _resumable(frame):
            return self.trace_dispatch  # a generator resuming while stepping over it
        self.user_call(frame, arg)
        if self.quitting: raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            if self.stopframe and _resumable(frame):
                return self.trace_dispatch  # a yield, not the end of the frame
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting: raise BdbQuit
            if self.stopframe is frame and self.stoplineno != -1:
                # Leaving the frame we were stopping in: stop at the next event.
                self._set_stopinfo(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            # A StopIteration leaving a generator that we were stepping over is its end, not an error.
            if not (_resumable(frame) and arg[0] is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                if self.quitting: raise BdbQuit
        elif (self.stopframe and frame is not self.stopframe and _resumable(self.stopframe)
              and arg[0] in (StopIteration, GeneratorExit)):
            self.user_exception(frame, arg)
            if self.quitting: raise BdbQuit
        return self.trace_dispatch

    # -- where to stop --------------------------------------------------------

    def is_skipped_module(self, module_name):
        """Whether the module matches one of the skip patterns."""
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """Whether the stop target says to stop in this frame now."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            return self.stoplineno != -1 and frame.f_lineno >= self.stoplineno
        return not self.stopframe

    def break_here(self, frame):
        """Whether an effective breakpoint is at this frame's line (or, for a function
        breakpoint, at its def line); a temporary one is deleted when it stops us."""
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, delete = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if delete and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Remove a temporary breakpoint (the debugger defines it)."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """Whether the frame's file has any breakpoint."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- what a stop does: overridden by the debugger -------------------------

    def user_call(self, frame, argument_list):
        """Called when we may stop in a function just called."""
        pass

    def user_line(self, frame):
        """Called when we stop or break at a line."""
        pass

    def user_return(self, frame, return_value):
        """Called when a return trap is set here."""
        pass

    def user_exception(self, frame, exc_info):
        """Called when we stop on an exception."""
        pass

    # -- how to go on ---------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def set_until(self, frame, lineno=None):
        """Stop when a line at or after lineno (default: the next one) is reached in
        this frame, or when it returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        """Stop after one line of code."""
        if self.frame_returning:
            # Stepping out of a frame that returns: its caller must be traced to stop there.
            caller = self.frame_returning.f_back
            if caller and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop on the next line in or below the given frame."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when returning from the given frame."""
        if _resumable(frame):
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (default: the caller's), stopping at its next line."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Stop only at breakpoints; with none, stop tracing altogether."""
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back

    def set_quit(self):
        """Stop at the next event by raising BdbQuit."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints ----------------------------------------------------------

    def _add_to_breaks(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Set a breakpoint; returns an error message, or None when it was set."""
        filename = self.canonic(filename)
        import linecache
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _load_breaks(self):
        # Breakpoints live on the Breakpoint class, so a new debugger sees the old ones.
        for filename, lineno in Breakpoint.bplist:
            self._add_to_breaks(filename, lineno)

    def _prune_breaks(self, filename, lineno):
        # Forget a line once its last Breakpoint is gone.
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at a line; returns an error message or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in Breakpoint.bplist[filename, lineno][:]:
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete a breakpoint by number; returns an error message or None."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete all breakpoints in a file; returns an error message or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in Breakpoint.bplist[filename, line][:]:
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint; returns an error message or None."""
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The Breakpoint numbered by the string arg; ValueError says why there is none."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        filename = self.canonic(filename)
        if filename in self.breaks and lineno in self.breaks[filename]:
            return Breakpoint.bplist[filename, lineno] or []
        return []

    def get_file_breaks(self, filename):
        filename = self.canonic(filename)
        return self.breaks.get(filename, [])

    def get_all_breaks(self):
        return self.breaks

    # -- the stack, for the debugger to show ---------------------------------

    def get_stack(self, f, t):
        """The frames from the bottom frame up to f, then those of traceback t, as
        (frame, lineno) pairs, with the index of the current one."""
        stack = []
        if t and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        current = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            current = max(0, len(stack) - 1)
        return stack, current

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """`file(line)function()`, then `->value` when the frame is returning, then
        lprefix and the source line."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)%s()' % (filename, lineno, frame.f_code.co_name or "<lambda>")
        if '__return__' in frame.f_locals:
            text += '->' + reprlib.repr(frame.f_locals['__return__'])
        if lineno is not None:
            line = linecache.getline(filename, lineno, frame.f_globals)
            if line:
                text += lprefix + line.strip()
        return text

    # -- running code under the debugger --------------------------------------

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (a string or a code object) run with exec()."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression run with eval(); returns its value."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """For backwards compatibility: run()."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug a single function call; returns its result."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return result


def _resumable(frame):
    return bool(frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS)


def set_trace():
    """Start debugging with a Bdb instance from the caller's frame."""
    Bdb().set_trace(sys._getframe().f_back)


class Breakpoint:
    """A breakpoint: a file and line (and for a function breakpoint its name), with
    a condition, an ignore count, a hit count, and whether it is enabled or
    temporary.  The class keeps every breakpoint: by number (bpbynumber, None
    for a deleted one) and by (file, line) (bplist)."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None  # learned at the function's first line event
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        Breakpoint.bpbynumber.append(self)
        Breakpoint.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Forget this breakpoint (its number stays used)."""
        key = (self.file, self.line)
        Breakpoint.bpbynumber[self.number] = None
        Breakpoint.bplist[key].remove(self)
        if not Breakpoint.bplist[key]:
            del Breakpoint.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default sys.stdout)."""
        print(self.bpformat(), file=sys.stdout if out is None else out)

    def bpformat(self):
        """The breakpoint's line in a listing, with its condition, ignore count and hits under it."""
        disposition = 'del  ' if self.temporary else 'keep '
        disposition += 'yes  ' if self.enabled else 'no   '
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disposition, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, 's' if self.hits > 1 else '')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether a breakpoint applies to this frame's line: a line breakpoint at its
    line, a function breakpoint at the first line the function runs."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint, delete) for the first enabled breakpoint at file:line whose
    condition holds and whose ignore count is used up, or (None, None).  Each
    enabled breakpoint that applies counts a hit; a condition that fails to
    evaluate stops (delete is then False, so a temporary one survives)."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                if not eval(b.cond, frame.f_globals, frame.f_locals):
                    continue
            except:
                return (b, False)
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return (b, True)
    return (None, None)
