"""logging.handlers: handlers that rotate files, watch them, buffer records, pass them through a
queue or send them over a TCP or UDP socket.

SocketHandler, DatagramHandler and SysLogHandler work over tpy's IPv4 TCP and UDP sockets
(no Unix-domain addresses). No SMTPHandler, HTTPHandler or NTEventLogHandler.
"""

import copy
import io
import os
import pickle
import queue
import re
import struct
import threading
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that asks shouldRollover() before each record and calls doRollover()."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name of a rotated file: `namer(default_name)` when a namer is set."""
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        """Move the current file aside: `rotator(source, dest)` when a rotator is set."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes, keeping backupCount old
    ones as name.1 (the newest), name.2, ..."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False,
                 errors=None):
        if maxBytes > 0:
            mode = 'a'
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        """Shift name.N-1 to name.N, ..., the current file to name.1, and open a new one."""
        self._close_stream()
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (self.baseFilename, number))
                newer = self.rotation_filename('%s.%d' % (self.baseFilename, number + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing `record` would reach maxBytes (never for a file that is not regular)."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = '%s\n' % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, strftime suffix, the suffix's pattern)
_intervals = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file at fixed times: every `interval` seconds, minutes, hours or days, at
    midnight, or on a weekday ('W0' is Monday); the old file gets a date suffix."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False,
                 utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix, pattern = _MIDNIGHT * 7, '%Y-%m-%d', _intervals['D'][2]
        elif self.when in _intervals:
            unit, self.suffix, pattern = _intervals[self.when]
        else:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def computeRollover(self, currentTime):
        """The time of the next rollover after `currentTime`."""
        result = currentTime + self.interval
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return result
        now = self._time_tuple(currentTime)
        if self.atTime is None:
            at = _MIDNIGHT
        else:
            at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = at - ((now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec)
        day = now.tm_wday
        if wait < 0:
            wait += _MIDNIGHT
            day = (day + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and day != self.dayOfWeek:
            days = (self.dayOfWeek - day) % 7
            later = result + days * _MIDNIGHT
            if not self.utc:
                dst_now = now.tm_isdst
                dst_then = time.localtime(later).tm_isdst
                if dst_now != dst_then:
                    later += 3600 if dst_now else -3600
            result = later
        return result

    def shouldRollover(self, record):
        """Whether the rollover time has come (never for a file that is not regular)."""
        now = int(time.time())
        if now >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(now)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        stem, extension = os.path.splitext(base)
        prefix = stem + '.'
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(extension)
                  and len(name) > len(prefix) + 1 and not name[len(prefix) + 1].isdigit()):
                continue
            if name.startswith(prefix):
                if any(self.extMatch.match(part) for part in name[len(prefix):].split('.')):
                    found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        """Rename the file with the suffix of the period it covered, drop old ones, reopen."""
        self._close_stream()
        now = int(time.time())
        start = self.rolloverAt - self.interval
        stamp = self._time_tuple(start)
        if not self.utc:
            dst_now = time.localtime(now).tm_isdst
            if dst_now != stamp.tm_isdst:
                stamp = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            dst_now = time.localtime(now).tm_isdst
            dst_then = time.localtime(following).tm_isdst
            if dst_now != dst_then:
                following += -3600 if dst_now else 3600
        self.rolloverAt = following


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it has been moved or deleted (by logrotate, say) since the last
    record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            found = os.fstat(self.stream.fileno())
            self.dev, self.ino = found.st_dev, found.st_ino

    def reopenIfNeeded(self):
        """Open the file again if the name no longer leads to the file being written."""
        try:
            found = os.stat(self.baseFilename)
        except FileNotFoundError:
            found = None
        if not found or found.st_dev != self.dev or found.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class SocketHandler(logging.Handler):
    """Sends each record to a TCP server as a pickled dict behind a 4-byte big-endian length, as
    logging's socket server examples read them; reconnects with a growing delay after errors."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is None:
            raise NotImplementedError("tpy's socket has no AF_UNIX sockets")
        return socket.create_connection(self.address, timeout=timeout)

    def createSocket(self):
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        if record.exc_info:
            self.format(record)     # fills record.exc_text
        state = dict(record.__dict__)
        state['msg'] = record.getMessage()
        state['args'] = None
        state['exc_info'] = None
        state.pop('message', None)
        data = pickle.dumps(state, 1)
        return struct.pack('>L', len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        self.acquire()
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
            logging.Handler.close(self)
        finally:
            self.release()


class DatagramHandler(SocketHandler):
    """SocketHandler over UDP: each record is one datagram (the same length-prefixed pickle)."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        if self.port is None:
            raise NotImplementedError("tpy's socket has no AF_UNIX sockets")
        return socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(self, s):
        # No partial sends to care about: a datagram goes whole or not at all.
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Sends each record to a syslog server as '<PRI>message' over UDP (the default) or TCP;
    tpy has no Unix-domain sockets, so an address given as a path raises NotImplementedError."""

    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)

    LOG_KERN = 0
    LOG_USER = 1
    LOG_MAIL = 2
    LOG_DAEMON = 3
    LOG_AUTH = 4
    LOG_SYSLOG = 5
    LOG_LPR = 6
    LOG_NEWS = 7
    LOG_UUCP = 8
    LOG_CRON = 9
    LOG_AUTHPRIV = 10
    LOG_FTP = 11
    LOG_NTP = 12
    LOG_SECURITY = 13
    LOG_CONSOLE = 14
    LOG_SOLCRON = 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = {
        'alert': LOG_ALERT, 'crit': LOG_CRIT, 'critical': LOG_CRIT, 'debug': LOG_DEBUG,
        'emerg': LOG_EMERG, 'err': LOG_ERR, 'error': LOG_ERR, 'info': LOG_INFO,
        'notice': LOG_NOTICE, 'panic': LOG_EMERG, 'warn': LOG_WARNING, 'warning': LOG_WARNING,
    }

    facility_names = {
        'auth': LOG_AUTH, 'authpriv': LOG_AUTHPRIV, 'console': LOG_CONSOLE, 'cron': LOG_CRON,
        'daemon': LOG_DAEMON, 'ftp': LOG_FTP, 'kern': LOG_KERN, 'lpr': LOG_LPR,
        'mail': LOG_MAIL, 'news': LOG_NEWS, 'ntp': LOG_NTP, 'security': LOG_SECURITY,
        'solaris-cron': LOG_SOLCRON, 'syslog': LOG_SYSLOG, 'user': LOG_USER, 'uucp': LOG_UUCP,
        'local0': LOG_LOCAL0, 'local1': LOG_LOCAL1, 'local2': LOG_LOCAL2, 'local3': LOG_LOCAL3,
        'local4': LOG_LOCAL4, 'local5': LOG_LOCAL5, 'local6': LOG_LOCAL6, 'local7': LOG_LOCAL7,
    }

    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning', 'ERROR': 'error',
                    'CRITICAL': 'critical'}

    # Put before each message, and whether a NUL ends it (what syslogd expects).
    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.createSocket()

    def createSocket(self):
        """The socket to the server: a UDP one as it is, a TCP one connected (the first address that works)."""
        import socket
        if isinstance(self.address, str):
            raise NotImplementedError("tpy's socket has no AF_UNIX sockets: "
                                      "SysLogHandler needs a (host, port) address")
        self.unixsocket = False
        socktype = socket.SOCK_DGRAM if self.socktype is None else self.socktype
        host, port = self.address
        candidates = socket.getaddrinfo(host, port, 0, socktype)
        if not candidates:
            raise OSError('getaddrinfo returns an empty list')
        for family, socktype, proto, _, sockaddr in candidates:
            error = sock = None
            try:
                sock = socket.socket(family, socktype, proto)
                if socktype == socket.SOCK_STREAM:
                    sock.connect(sockaddr)
                break
            except OSError as exc:
                error = exc
                if sock is not None:
                    sock.close()
        if error is not None:
            raise error
        self.socket = sock
        self.socktype = socktype

    def close(self):
        self.acquire()
        try:
            sock, self.socket = self.socket, None
            if sock:
                sock.close()
            logging.Handler.close(self)
        finally:
            self.release()

    def emit(self, record):
        """Send '<PRI>' + the formatted record (without its traceback) to the server."""
        import socket
        try:
            text = self.format(record)
            if self.ident:
                text = self.ident + text
            if self.append_nul:
                text += '\000'
            priority = self.encodePriority(self.facility, self.mapPriority(record.levelname))
            data = ('<%d>' % priority).encode('utf-8') + text.encode('utf-8')
            if not self.socket:
                self.createSocket()
            if self.socktype == socket.SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)

    def encodePriority(self, facility, priority):
        """The syslog PRI value for a facility and a priority, given as names or numbers."""
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, 'warning')


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer` and flushes (by default: empties it) when it holds `capacity`."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full or a record at
    flushLevel or above arrives (and on close, if flushOnClose)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made safe to pass between threads, on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record with the formatted text as its message and nothing that cannot
        be pickled (args, exc_info)."""
        text = self.format(record)
        record = copy.copy(record)
        record.message = text
        record.msg = text
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and passes them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        """Start the thread that takes records off the queue."""
        self._thread = thread = threading.Thread(target=self._monitor)
        thread.daemon = True
        thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Handle what is on the queue, then end the thread."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
