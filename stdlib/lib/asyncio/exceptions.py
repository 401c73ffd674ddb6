"""The exception classes asyncio raises (exported again at asyncio's top level)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

# Since 3.11 asyncio's timeout error is simply the builtin one.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """A future or task was cancelled (a BaseException so `except Exception` lets it through)."""


class InvalidStateError(Exception):
    """A future was asked for something its current state does not allow."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile cannot be used here (unsupported by the OS, socket or file)."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""


class IncompleteReadError(EOFError):
    """The stream ended before the wanted number of bytes arrived.

    partial: the bytes read before the end; expected: how many were wanted (None: unknown).
    """

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, '%d bytes read on a total of %s expected bytes' % (len(partial), wanted))
        self.partial = partial
        self.expected = expected

    # args holds only the message, so rebuild (for pickle and copy) from the two fields.
    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator.

    consumed: how many bytes are to be consumed.
    """

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        message = self.args[0]
        return (type(self), (message, self.consumed))
