"""TestCase.assertLogs and assertNoLogs: capture what a logger emits during a with block."""

import collections
import logging

__unittest = True

# What assertLogs' with statement binds: the LogRecords and their formatted lines.
_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])

_LINE_FORMAT = '%(levelname)s:%(name)s:%(message)s'


class _CapturingHandler(logging.Handler):
    """Keeps each record, and its text, in a watcher instead of writing it anywhere."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext:
    """For the block's duration, the logger's only handler is a capturing one at `level`,
    and it does not propagate; its handlers, level and propagation come back afterwards."""

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        # A level name ('ERROR') or number; INFO when not given.
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger_name
        else:
            logger = logging.getLogger(self.logger_name)
        self.logger = logger
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(_LINE_FORMAT))
        self.watcher = handler.watcher
        self._saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc, tb):
        logger = self.logger
        logger.handlers, level, logger.propagate = self._saved
        logger.setLevel(level)
        if exc_type is not None:
            return False  # the block's exception goes on
        if self.no_logs:
            if self.watcher.records:
                self._fail('Unexpected logs found: %r' % (self.watcher.output,))
        elif not self.watcher.records:
            self._fail('no logs of level %s or higher triggered on %s'
                       % (logging.getLevelName(self.level), logger.name))
        return None

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))
