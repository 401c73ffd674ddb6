"""Running child programs to completion: run, call, check_call, check_output, getoutput, getstatusoutput.

tpy runs one program on one thread, so a child runs synchronously (the native _subprocess,
over node's spawnSync): each function returns once the child has exited. Popen, whose child
runs alongside the program, is not available (see docs/differences.md).
"""

import os
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL


class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# CalledProcessError's and TimeoutExpired's stdout: another name for output.
_output_alias = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) when the child's exit status is not 0."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _subprocess.signal_name(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            # The repr of CPython's signal.Signals member (without importing signal).
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """Raised when the timeout passed before the child exited (the child has been killed)."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias


class CompletedProcess(object):
    """What run() returns: the args, the exit status and the captured output of a finished child."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class Popen(object):
    """Not available in tpy: a Popen child runs alongside the program, which needs threads or an event loop tpy does not give it."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "tpy's subprocess has no Popen: tpy runs one program on one thread, so children "
            "run to completion (use subprocess.run, call, check_call or check_output)")


def _path_str(arg):
    arg = os.fspath(arg)
    if isinstance(arg, bytes):
        return arg.decode('utf-8')
    return arg


def _stream_spec(target):
    """None, PIPE, STDOUT, DEVNULL or a file descriptor (an int, or an object's fileno())."""
    if target is None or isinstance(target, int):
        return target
    return target.fileno()


def _child(args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
           preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
           universal_newlines=None, startupinfo=None, creationflags=0,
           restore_signals=True, start_new_session=False, pass_fds=(), *,
           user=None, group=None, extra_groups=None, encoding=None, errors=None,
           text=None, umask=-1, pipesize=-1, process_group=None,
           input=None, timeout=None):
    """Runs one child to completion; returns (returncode, stdout, stderr, text mode), raises TimeoutExpired."""
    if (preexec_fn is not None or pass_fds or user is not None or group is not None
            or extra_groups is not None or umask != -1 or process_group is not None
            or start_new_session):
        raise NotImplementedError("tpy's subprocess does not support preexec_fn, pass_fds, user, group, "
                                  "extra_groups, umask, process_group or start_new_session")
    if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
        raise SubprocessError('Cannot disambiguate when both text and universal_newlines'
                              ' are supplied but different. Pass one or the other.')
    text_mode = bool(encoding or errors or text or universal_newlines)
    cmd = args
    if isinstance(args, (str, bytes)):
        argv = [args]
    elif hasattr(type(args), "__fspath__"):  # a path-like object (tpy's os has no PathLike)
        if shell:
            raise TypeError('path-like args is not allowed when shell is true')
        argv = [args]
    else:
        argv = list(args)
    if shell:
        argv = ['/bin/sh', '-c'] + argv
        if executable:
            argv[0] = executable
    if executable is None:
        executable = argv[0]
    argv = [_path_str(a) for a in argv]
    executable = _path_str(executable)
    if cwd is not None:
        cwd = _path_str(cwd)
    if env is not None:
        env = {_path_str(k): _path_str(v) for k, v in env.items()}

    if input is not None:
        if text_mode:
            if not isinstance(input, str):
                raise TypeError('write() argument must be str, not %s' % type(input).__name__)
            input = input.encode(encoding or 'utf-8', errors or 'strict')
        else:
            if isinstance(input, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            input = bytes(input)
    code, out, err, timed_out = _subprocess.run(
        argv, executable, cwd, env, _stream_spec(stdin), input,
        _stream_spec(stdout), _stream_spec(stderr), timeout)
    if timed_out:
        # What was read before the kill, undecoded even in text mode; None when nothing was (as CPython's).
        raise TimeoutExpired(cmd, timeout, output=out or None, stderr=err or None)
    if text_mode:
        out = _decoded(out, encoding, errors)
        err = _decoded(err, encoding, errors)
    return code, out, err


def _decoded(data, encoding, errors):
    """A captured stream in text mode: decoded, with universal newlines ('\\r\\n' and '\\r' become '\\n')."""
    if data is None:
        return None
    s = data.decode(encoding or 'utf-8', errors or 'strict')
    return s.replace('\r\n', '\n').replace('\r', '\n')


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it to finish, and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    args = popenargs[0] if popenargs else kwargs.get('args')
    returncode, stdout, stderr = _child(*popenargs, input=input, timeout=timeout, **kwargs)
    if check and returncode:
        raise CalledProcessError(returncode, args, output=stdout, stderr=stderr)
    return CompletedProcess(args, returncode, stdout, stderr)


# _child stands where CPython calls Popen(...): argument errors name Popen.__init__ as CPython's do.
_child.__qualname__ = 'Popen.__init__'


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit status."""
    return _child(*popenargs, timeout=timeout, **kwargs)[0]


def check_call(*popenargs, **kwargs):
    """Runs a command; raises CalledProcessError if its exit status is not 0, else returns 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; raises CalledProcessError if its exit status is not 0."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None stands for empty input here (not for "no input"), as in CPython.
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Runs cmd in the shell; returns (exit status, output with stderr merged and one trailing newline removed)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of running cmd in the shell, one trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
