"""
The Python Debugger Pdb
=======================

An interactive debugger on top of bdb (where to stop) and cmd (the command
prompt).  Use pdb.set_trace() or breakpoint() in a program, pdb.run(),
pdb.runcall(), pdb.post_mortem(), pdb.pm(), or `tpy -m pdb script.py`.
Type "help" at the (Pdb) prompt for the commands ("help pdb" for all of them).
"""

import bdb
import cmd
import linecache
import os
import re
import sys
import traceback

import _pdb_help


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall",
           "set_trace", "post_mortem", "help"]

# What separates a stack entry's `file(line)function()` from its source line.
line_prefix = '\n-> '

# co_flags bits for *args and **kwargs, which `args` lists after the named parameters.
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


def find_function(funcname, filename):
    """(funcname, filename, lineno) of the first `def funcname(` in the file, or None."""
    header = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        text = linecache.getlines(filename) or open(filename, encoding='utf-8').readlines()
    except OSError:
        return None
    found = next((n for n, source in enumerate(text, 1) if header.match(source)), None)
    return None if found is None else (funcname, filename, found)


_ABSENT = object()  # a table had no entry (do_commands restores that on Ctrl-C)


class _rstr(str):
    """A string whose repr is itself (an error text shown where a value would be)."""
    def __repr__(self):
        return self


class Pdb(bdb.Bdb, cmd.Cmd):
    """The debugger: a Bdb that, at each stop, shows where it is and runs the
    user's commands (do_* methods) until one of them resumes the program."""

    # The commands that let the program run on: a breakpoint's command list ends at one of them.
    commands_resuming = ['do_continue', 'do_step', 'do_next',
                         'do_return', 'do_quit', 'do_jump']

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip)
        cmd.Cmd.__init__(self, completekey=completekey, stdin=stdin, stdout=stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.displaying = {}      # frame -> {expression: last value shown}
        self.mainpyfile = ''
        # Under `-m pdb`: ignore the stops before the script's own first line.
        self._wait_for_mainpyfile = self._user_requested_quit = False
        self.tb_lineno = {}       # frame -> line where its exception was raised (post mortem)
        self.allow_kbdint = False
        self.nosigint = nosigint
        self.rcLines = []
        if readrc:
            self._read_rc_files()
        self.commands = {}            # breakpoint number -> its command lines
        self.commands_doprompt = {}   # breakpoint number -> prompt after its commands ran
        self.commands_silent = {}     # breakpoint number -> no stack entry shown
        self.commands_defining = False  # lines typed now go to commands[commands_bnum]
        self.commands_bnum = None

    def _read_rc_files(self):
        # ~/.pdbrc, then ./.pdbrc: their lines run as commands at the first stop.
        for path in (os.path.expanduser('~/.pdbrc'), ".pdbrc"):
            try:
                with open(path, encoding='utf-8') as rc:
                    self.rcLines.extend(rc)
            except OSError:
                pass

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        """Take the stack at a stop (and the traceback, post mortem); run the rc
        lines. True means an rc command resumed the program."""
        self.forget()
        stack, index = self.get_stack(f, tb)
        self.stack = stack
        entry = tb
        while entry is not None:
            self.tb_lineno[entry.tb_frame] = entry.tb_lineno
            entry = entry.tb_next
        self._focus(index)
        return self.execRcLines()

    def _focus(self, index):
        # Make stack[index] the frame that commands look at.  Its f_locals is read
        # once per stop, so that assignments made at the prompt stay.
        self.curindex = index
        self.curframe = frame = self.stack[index][0]
        self.curframe_locals = frame.f_locals

    def _show_current(self):
        self.print_stack_entry(self.stack[self.curindex])

    def execRcLines(self):
        if not self.rcLines:
            return None
        pending = [line.strip() for line in self.rcLines]
        self.rcLines = []
        while pending:
            line = pending.pop(0)
            if line and line[0] != '#' and self.onecmd(line):
                # A resuming command: the rest waits for the next stop.
                self.rcLines += pending
                return True
        return None

    # -- the stops bdb reports ------------------------------------------------

    def user_call(self, frame, argument_list):
        """A function was called and we may want to stop in it."""
        if not self._wait_for_mainpyfile and self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        """We stop (or break) at a line."""
        if self._wait_for_mainpyfile:
            # Under `-m pdb`, the first stop is the script's first line, not the exec around it.
            in_script = self._file_of(frame) == self.mainpyfile and frame.f_lineno > 0
            if not in_script:
                return
            self._wait_for_mainpyfile = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the command list of the breakpoint that stopped us, if it has one.
        True means the normal prompt follows."""
        number = getattr(self, "currentbp", False)
        if not number or number not in self.commands:
            return True
        self.currentbp = 0
        saved_lastcmd = self.lastcmd
        self.setup(frame, None)
        for line in self.commands[number]:
            self.onecmd(line)
        self.lastcmd = saved_lastcmd
        if not self.commands_silent[number]:
            self._show_current()
        if self.commands_doprompt[number]:
            self._cmdloop()
        self.forget()
        return False

    def user_return(self, frame, return_value):
        """A frame we asked to stop at returns."""
        if self._wait_for_mainpyfile:
            return
        # `retval` and the stack entry read it from there.
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        """An exception is raised where we stop (or just below)."""
        if self._wait_for_mainpyfile:
            return
        kind, value, tb = exc_info
        frame.f_locals['__exception__'] = (kind, value)
        # A StopIteration with no traceback is a generator ending a for loop or a
        # yield from, reported so that stepping stops there; not a real error.
        prefix = 'Internal ' if kind is StopIteration and not tb else ''
        self.message(prefix + self._format_exc(value, kind))
        self.interaction(frame, tb)

    def interaction(self, frame, traceback):
        """A stop: show where we are, then take commands until one resumes."""
        resumed_by_rc = self.setup(frame, traceback)
        if not resumed_by_rc:
            self._show_current()
            self._cmdloop()
        self.forget()

    def _cmdloop(self):
        while True:
            try:
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                break
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')  # and prompt again

    def preloop(self):
        # The display expressions whose value changed since the last stop in this frame.
        shown = self.displaying.get(self.curframe)
        if not shown:
            return
        for expr, old in shown.items():
            new = self._getval_except(expr)
            if new is not old and new != old:
                shown[expr] = new
                self.message('display %s: %s  [old: %s]' %
                             (expr, self._safe_repr(new, expr), self._safe_repr(old, expr)))

    # -- lines that are not commands: Python statements -----------------------

    def displayhook(self, obj):
        """Show an expression statement's value as the prompt does, without setting `_`."""
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        source = line[1:] if line.startswith('!') else line
        try:
            statement = compile(source + '\n', '<stdin>', 'single')
            # The statement talks to the debugger's streams, and shows values as the prompt does.
            saved = sys.stdin, sys.stdout, sys.displayhook
            sys.stdin, sys.stdout, sys.displayhook = self.stdin, self.stdout, self.displayhook
            try:
                exec(statement, self.curframe.f_globals, self.curframe_locals)
            finally:
                sys.stdin, sys.stdout, sys.displayhook = saved
        except:
            self._error_exc()

    def precmd(self, line):
        """Expand aliases and split the line at ';;' (the rest is queued)."""
        if not line.strip():
            return line
        words = line.split()
        while words[0] in self.aliases:
            line = self.aliases[words[0]]
            for index, word in enumerate(words[1:], start=1):
                line = line.replace("%" + str(index), word)
            line = line.replace("%*", ' '.join(words[1:]))
            words = line.split()
        if words[0] != 'alias':
            marker = line.find(';;')
            if marker >= 0:
                self.cmdqueue.append(line[marker + 2:].lstrip())
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        """Run a line as a command, or add it to the command list being defined."""
        handler = self.handle_command_def if self.commands_defining else super().onecmd
        return handler(line)

    def handle_command_def(self, line):
        """One line of a breakpoint's command list; 'silent' and 'end' are special,
        and a resuming command ends the list."""
        name, arg, _ = self.parseline(line)
        number = self.commands_bnum
        if not name:
            return None
        if name == 'silent':
            self.commands_silent[number] = True
            return None
        ends_list = name == 'end'
        if not ends_list:
            self.commands[number].append('%s %s' % (name, arg) if arg else name)
            method = getattr(self, 'do_' + name, self.default)
            # After a command that resumes, the program runs on: no prompt follows.
            ends_list = method.__name__ in self.commands_resuming
            if ends_list:
                self.commands_doprompt[number] = False
        if ends_list:
            self.cmdqueue = []
            return 1
        return None

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        self.message('*** %s' % (msg,))

    # -- breakpoints ----------------------------------------------------------

    def do_commands(self, arg):
        if not arg:
            number = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                number = int(arg)
            except:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        try:
            self.get_bpbynumber(number)
        except ValueError as err:
            self.error('cannot set commands: %s' % err)
            return
        self.commands_bnum = number
        # The three tables hold one breakpoint's list, prompt flag and silent flag.
        tables = (self.commands, self.commands_doprompt, self.commands_silent)
        before = [table.get(number, _ABSENT) for table in tables]
        for table, fresh in zip(tables, ([], True, False)):
            table[number] = fresh
        saved_prompt, self.prompt = self.prompt, '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            for table, old in zip(tables, before):
                if old is _ABSENT:
                    del table[number]
                else:
                    table[number] = old
            self.error('command definition aborted, old commands restored')
        finally:
            self.prompt = saved_prompt
            self.commands_defining = False

    def do_break(self, arg, temporary=0):
        if not arg:
            self._list_breakpoints()
            return
        located = self._parse_location(arg)
        if located is None:
            return
        filename, lineno, cond, funcname = located
        lineno = self.checkline(filename, lineno)
        if lineno:
            problem = self.set_break(filename, lineno, temporary, cond, funcname)
            if problem:
                self.error(problem)
            else:
                newest = bdb.Breakpoint.bpbynumber[-1]
                self.message("Breakpoint %d at %s:%d" % (newest.number, newest.file, newest.line))

    def _list_breakpoints(self):
        if not self.breaks:
            return
        self.message("Num Type         Disp Enb   Where")
        for bp in _live_breakpoints():
            self.message(bp.bpformat())

    def _parse_location(self, arg):
        """`[file:]line | function [, condition]` as (filename, lineno, cond, funcname),
        or None after reporting the error. The comma binds loosest (no file name has one)."""
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        if colon >= 0:
            name = arg[:colon].rstrip()
            filename = self.lookupmodule(name)
            if not filename:
                self.error('%r not found from sys.path' % name)
                return None
            arg = arg[colon + 1:].lstrip()
            try:
                return filename, int(arg), cond, None
            except ValueError:
                self.error('Bad lineno: %s' % arg)
                return None
        try:
            return self.defaultFile(), int(arg), cond, None
        except ValueError:
            pass
        code = self._code_of(arg)
        if code is not None:
            # co_name, not the name typed: a function may be known under several names.
            return code.co_filename or self.defaultFile(), code.co_firstlineno, cond, code.co_name
        funcname, filename, lineno = self.lineinfo(arg)
        if not funcname:
            self.error('The specified object %r is not a function or was not '
                       'found along sys.path.' % (arg,))
            return None
        return filename or self.defaultFile(), int(lineno), cond, funcname

    def _code_of(self, expr):
        # The code object of the function (or method) an expression names, if it does.
        try:
            func = self._eval_in(expr)
        except:
            return None
        func = getattr(func, '__func__', func)
        code = getattr(func, '__code__', None)
        return code if hasattr(code, 'co_firstlineno') else None

    do_b = do_break

    def defaultFile(self):
        """The file a location without one refers to: the current frame's (the script under -m pdb)."""
        own = self.curframe.f_code.co_filename
        return self.mainpyfile if own == '<string>' and self.mainpyfile else own

    def do_tbreak(self, arg):
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        """(funcname, filename, lineno) of a possibly quoted `[module.]function`, found
        by searching the file's text; (None, None, None) when it is not there."""
        failed = (None, None, None)
        parts = identifier.split("'")
        if len(parts) == 1:
            name = parts[0].strip()
        elif len(parts) == 3:
            name = parts[1].strip()
        else:
            return failed
        if name == '':
            return failed
        dotted = name.split('.')
        if dotted[0] == 'self':
            del dotted[0]
            if not dotted:
                return failed
        filename = self.defaultFile()
        if len(dotted) > 1:
            filename = self.lookupmodule(dotted[0]) or filename
            item = dotted[1]
        else:
            item = dotted[0]
        return find_function(item, filename) or failed

    def checkline(self, filename, lineno):
        """The line number if a breakpoint there makes sense (the line exists and is
        not blank, a comment or a docstring's start), else 0 after saying why."""
        current = getattr(self, 'curframe', None)
        namespace = None if current is None else current.f_globals
        text = linecache.getline(filename, lineno, namespace)
        if not text:
            self.message('End of file')
            return 0
        text = text.strip()
        if not text or text.startswith(('#', '"""', "'''")):
            self.error('Blank or comment')
            return 0
        return lineno

    def _each_breakpoint(self, arg, action):
        # Apply action to each numbered breakpoint; bad numbers are reported one by one.
        for number in arg.split():
            try:
                bp = self.get_bpbynumber(number)
            except ValueError as err:
                self.error(err)
            else:
                action(bp)

    def do_enable(self, arg):
        def switch_on(bp):
            bp.enable()
            self.message('Enabled %s' % (bp,))
        self._each_breakpoint(arg, switch_on)

    def do_disable(self, arg):
        def switch_off(bp):
            bp.disable()
            self.message('Disabled %s' % (bp,))
        self._each_breakpoint(arg, switch_off)

    def do_condition(self, arg):
        number, _, cond = arg.partition(' ')
        try:
            bp = self.get_bpbynumber(number.strip())
        except ValueError as err:
            self.error(err)
            return
        bp.cond = cond if ' ' in arg else None
        news = 'New condition set for breakpoint %d.' if bp.cond else 'Breakpoint %d is now unconditional.'
        self.message(news % bp.number)

    def do_ignore(self, arg):
        words = arg.split()
        if not words:
            self.error('Breakpoint number expected')
            return
        try:
            count = int(words[1])
        except (IndexError, ValueError):
            count = 0
        try:
            bp = self.get_bpbynumber(words[0])
        except ValueError as err:
            self.error(err)
            return
        bp.ignore = count
        if count <= 0:
            self.message('Will stop next time breakpoint %d is reached.' % bp.number)
            return
        crossings = '%d crossings' % count if count > 1 else '1 crossing'
        self.message('Will ignore next %s of breakpoint %d.' % (crossings, bp.number))

    def do_clear(self, arg):
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            if reply.strip().lower() in ('y', 'yes'):
                doomed = list(_live_breakpoints())
                self.clear_all_breaks()
                self._say_deleted(doomed)
            return
        if ':' in arg:
            # rfind: a Windows file name has a colon of its own.
            colon = arg.rfind(':')
            filename, line = arg[:colon], arg[colon + 1:]
            try:
                lineno = int(line)
            except ValueError:
                err = "Invalid line number (%s)" % line
            else:
                doomed = list(self.get_breaks(filename, lineno))
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                self._say_deleted(doomed)
            return
        def delete(bp):
            self.clear_bpbynumber(str(bp.number))
            self._say_deleted([bp])
        self._each_breakpoint(arg, delete)

    def _say_deleted(self, breakpoints):
        for bp in breakpoints:
            self.message('Deleted %s' % (bp,))

    do_cl = do_clear

    # -- the stack --------------------------------------------------------------

    def do_where(self, arg):
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, index):
        self._focus(index)
        self._show_current()
        self.lineno = None

    def _frame_count(self, arg):
        try:
            return int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return None

    def do_up(self, arg):
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        count = self._frame_count(arg)
        if count is not None:
            self._select_frame(0 if count < 0 else max(0, self.curindex - count))

    do_u = do_up

    def do_down(self, arg):
        newest = len(self.stack) - 1
        if self.curindex == newest:
            self.error('Newest frame')
            return
        count = self._frame_count(arg)
        if count is not None:
            self._select_frame(newest if count < 0 else min(newest, self.curindex + count))

    do_d = do_down

    def print_stack_trace(self):
        for entry in self.stack:
            self.print_stack_entry(entry)

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        marker = '> ' if frame is self.curframe else '  '
        self.message(marker + self.format_stack_entry(frame_lineno, prompt_prefix))

    # -- going on ---------------------------------------------------------------

    def do_until(self, arg):
        lineno = None
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return None
            if self.curframe.f_lineno >= lineno:
                self.error('"until" line number is smaller than current line number')
                return None
        self.set_until(self.curframe, lineno)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        if arg:
            import shlex
            program = sys.argv[0:1]
            try:
                sys.argv = shlex.split(arg)
            except ValueError as e:
                self.error('Cannot run %s: %s' % (arg, e))
                return
            sys.argv[:0] = program
        raise Restart  # main() runs the program again

    do_restart = do_run

    def do_return(self, arg):
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        # DIVERGENCE: no SIGINT handler is installed, so Ctrl-C does not break into the debugger.
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        if self.curindex + 1 != len(self.stack):
            self.error('You can only jump within the bottom frame')
            return
        try:
            target = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
            return
        try:
            self.curframe.f_lineno = target
            self.stack[self.curindex] = self.stack[self.curindex][0], target
            self.print_stack_entry(self.stack[self.curindex])
        except ValueError as e:
            self.error('Jump failed: %s' % e)

    do_j = do_jump

    def do_debug(self, arg):
        """Steps through the statement arg with a second debugger, in the current frame's namespace."""
        # This runs inside the trace function, where tracing is off: sys.call_tracing turns it
        # back on for the inner debugger, whose prompt is ours in one more pair of brackets.
        sys.settrace(None)
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            sys.call_tracing(inner.run, (arg, self.curframe.f_globals, self.curframe_locals))
        except Exception:
            self._error_exc()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def do_quit(self, arg):
        self._user_requested_quit = True  # main() then ends instead of restarting
        self.set_quit()
        return 1

    do_q = do_quit
    do_exit = do_quit

    def do_EOF(self, arg):
        self.message('')  # end the prompt's line
        return self.do_quit(arg)

    # -- looking at values ------------------------------------------------------

    def do_args(self, arg):
        code = self.curframe.f_code
        namespace = self.curframe_locals
        count = code.co_argcount + code.co_kwonlyargcount
        count += bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
        for name in code.co_varnames[:count]:
            if name in namespace:
                self.message('%s = %s' % (name, self._safe_repr(namespace[name], name)))
            else:
                self.message('%s = *** undefined ***' % (name,))

    do_a = do_args

    def do_retval(self, arg):
        names = self.curframe_locals
        if '__return__' not in names:
            self.error('Not yet returned!')
            return
        self.message(self._safe_repr(names['__return__'], "retval"))

    do_rv = do_retval

    def _eval_in(self, expr, frame=None):
        # The selected frame is read through curframe_locals, the dict kept for this stop.
        if frame is None:
            return eval(expr, self.curframe.f_globals, self.curframe_locals)
        return eval(expr, frame.f_globals, frame.f_locals)

    def _getval(self, arg):
        # The value of an expression in the current frame; an error is reported, then re-raised.
        try:
            return self._eval_in(arg)
        except:
            self._error_exc()
            raise

    def _getval_except(self, arg, frame=None):
        # The value, or a text standing for the error (display shows it in the value's place).
        try:
            return self._eval_in(arg, frame)
        except:
            return _rstr('** raised %s **' % self._format_exc(sys.exc_info()[1]))

    def _error_exc(self):
        self.error(self._format_exc(sys.exc_info()[1]))

    def _format_exc(self, exc, kind=None):
        # `Type: message`, the last line of the exception's traceback.
        last = traceback.format_exception_only(type(exc) if kind is None else kind, exc)[-1]
        return last.strip()

    def _show_value(self, arg, render):
        # p and pp: the expression's value rendered; errors are reported, not raised.
        try:
            value = self._getval(arg)
        except:
            return
        try:
            text = render(value)
        except:
            self._error_exc()
        else:
            self.message(text)

    def _safe_repr(self, obj, expr):
        try:
            return repr(obj)
        except Exception as e:
            return _rstr("*** repr(%s) failed: %s ***" % (expr, self._format_exc(e)))

    def do_p(self, arg):
        self._show_value(arg, repr)

    def do_pp(self, arg):
        import pprint
        self._show_value(arg, pprint.pformat)

    def do_whatis(self, arg):
        try:
            value = self._getval(arg)
        except:
            return
        for kind, path in (('Method', ('__func__', '__code__')), ('Function', ('__code__',))):
            code = _attribute_chain(value, *path)
            if code:
                self.message('%s %s' % (kind, code.co_name))
                return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
        else:
            self.message(type(value))

    def do_display(self, arg):
        if not arg:
            self.message('Currently displaying:')
            shown = self.displaying.get(self.curframe, {})
            for expr, value in shown.items():
                self.message('%s: %s' % (expr, self._safe_repr(value, expr)))
            return
        value = self._getval_except(arg)
        self.displaying.setdefault(self.curframe, {})[arg] = value
        self.message('display %s: %s' % (arg, self._safe_repr(value, arg)))

    def do_undisplay(self, arg):
        shown = self.displaying.get(self.curframe)
        if not arg:
            if shown is not None:
                del self.displaying[self.curframe]
        elif shown is not None and arg in shown:
            del shown[arg]
        else:
            self.error('not displaying %s' % arg)

    def do_interact(self, arg):
        """An interactive interpreter over a copy of the current frame's globals and locals."""
        import code
        namespace = dict(self.curframe.f_globals)
        namespace.update(self.curframe_locals)
        code.interact("*interactive*", local=namespace)

    def do_alias(self, arg):
        words = arg.split()
        if not words:
            for name in sorted(self.aliases):
                self.message("%s = %s" % (name, self.aliases[name]))
        elif len(words) == 1:
            if words[0] in self.aliases:
                self.message("%s = %s" % (words[0], self.aliases[words[0]]))
            else:
                self.error("Unknown alias '%s'" % words[0])
        else:
            self.aliases[words[0]] = ' '.join(words[1:])

    def do_unalias(self, arg):
        words = arg.split()
        if words and words[0] in self.aliases:
            del self.aliases[words[0]]

    # -- source ---------------------------------------------------------------

    def do_list(self, arg):
        self.lastcmd = 'list'  # an empty line goes on with the listing
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last  # `first, count`
                else:
                    first = max(1, int(arg.strip()) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        lines = linecache.getlines(filename, self.curframe.f_globals)
        self._print_lines(lines[first - 1:last], first, self.get_file_breaks(filename), self.curframe)
        self.lineno = min(last, len(lines))
        if len(lines) < last:
            self.message('[EOF]')

    do_l = do_list

    def do_longlist(self, arg):
        filename = self.curframe.f_code.co_filename
        try:
            lines, lineno = self._getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, lineno, self.get_file_breaks(filename), self.curframe)

    do_ll = do_longlist

    def do_source(self, arg):
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            lines, lineno = self._getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, lineno)

    def _getsourcelines(self, obj):
        import inspect
        lines, lineno = inspect.getsourcelines(obj)
        return lines, max(1, lineno)  # a module's source starts at line 1, not 0

    def _print_lines(self, lines, start, breaks=(), frame=None):
        """Source lines, numbered, with `B` at breakpoints, `->` at the frame's line
        and `>>` where its exception was raised."""
        current = raised = -1
        if frame:
            current = frame.f_lineno
            raised = self.tb_lineno.get(frame, -1)
        for lineno, line in enumerate(lines, start):
            number = str(lineno).rjust(3)
            if len(number) < 4:
                number += ' '
            number += 'B' if lineno in breaks else ' '
            if lineno == current:
                number += '->'
            elif lineno == raised:
                number += '>>'
            self.message(number + '\t' + line.rstrip())

    # -- help -----------------------------------------------------------------

    def do_help(self, arg):
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        try:
            topic = getattr(self, 'help_' + arg)
        except AttributeError:
            topic = None
        if topic is not None:
            return topic()
        try:
            command = getattr(self, 'do_' + arg)
        except AttributeError:
            self.error('No help for %r' % arg)
            return None
        if command.__doc__ is None:
            self.error('No help for %r; __doc__ string missing' % arg)
            return None
        self.message(command.__doc__.rstrip())
        return None

    do_h = do_help

    def help_exec(self):
        self.message((self.help_exec.__doc__ or '').strip())

    def help_pdb(self):
        help()

    # -- finding files --------------------------------------------------------

    def lookupmodule(self, filename):
        """A file or module name (the .py may be left out) as a file name, searched
        for on sys.path; None when there is no such file."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        beside = os.path.join(sys.path[0], filename)
        if os.path.exists(beside) and self.canonic(beside) == self.mainpyfile:
            return beside
        if os.path.splitext(filename)[1] == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def _run(self, target):
        """Run a script or module (`-m pdb`) as __main__, stopping at its first line."""
        # Tracing starts in the exec around the script: wait for its own first line.
        self._wait_for_mainpyfile = True
        self._user_requested_quit = False
        self.mainpyfile = self.canonic(target.filename)
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update(target.namespace)
        self.run(target.code)


def _live_breakpoints():
    # The breakpoints not deleted, by number.
    return (bp for bp in bdb.Breakpoint.bpbynumber if bp is not None)


def _attribute_chain(value, *names):
    # value.name1.name2..., or None when one of them is missing.
    try:
        for name in names:
            value = getattr(value, name)
        return value
    except Exception:
        return None


def _attach_help_texts():
    # Each command's help is its docstring (cmd lists documented commands by them).
    for name in dir(Pdb):
        if name.startswith('do_'):
            method = getattr(Pdb, name)
            text = _pdb_help.COMMANDS.get(method.__name__[3:])
            if text is not None:
                method.__doc__ = text
    Pdb.help_exec.__doc__ = _pdb_help.EXEC


_attach_help_texts()


# -- the simple interface ---------------------------------------------------

def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    if t is None:
        t = sys.exc_info()[2]
    if t is None:
        raise ValueError("A valid traceback must be passed if no "
                         "exception is being handled")
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, t)


def pm():
    post_mortem(sys.last_traceback)


def help():
    # pydoc's pager prints plainly when the output is not a terminal; tpy has no pager.
    sys.stdout.write(_pdb_help.MODULE)


from _pdb_main import main, _usage  # the command line: `tpy -m pdb`


if __name__ == '__main__':
    import pdb
    pdb.main()
