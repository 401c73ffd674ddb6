"""codecs' stream classes: codecs.open, getreader, getwriter, StreamReader, StreamWriter,
StreamReaderWriter, over the incremental decoders of _codecs_incremental.

A StreamReader reads bytes from its stream as asked and decodes them with the codec's
incremental decoder (the bytes of a character cut in two wait for the rest); its lines end
where str.splitlines() ends them (also at '\\x0b', '\\x0c', '\\x85', '\\u2028'...), with no
newline translation, as CPython's.
"""

import builtins
import codecs
from _codecs_incremental import getincrementaldecoder, getincrementalencoder, registered

__all__ = ["StreamReader", "StreamWriter", "StreamReaderWriter", "getreader", "getwriter", "open"]

_CHUNK = 72     # CPython's StreamReader.readline reads 72 bytes at a time


def _has_line_end(line):
    return line.splitlines()[0] != line


class StreamWriter:
    """Encodes text written to it onto a binary stream."""

    _codec = 'utf-8'

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._encoder = getincrementalencoder(self._codec)(errors)

    def write(self, object):
        self.stream.write(self._encoder.encode(object))

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._encoder.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader:
    """Decodes the bytes of a binary stream as they are read."""

    _codec = 'utf-8'

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._decoder = getincrementaldecoder(self._codec)(errors)
        self.charbuffer = ''

    def _more(self, size):
        """Decodes up to size more bytes (all the rest for a negative size); False at the end."""
        data = self.stream.read() if size < 0 else self.stream.read(size)
        self.charbuffer += self._decoder.decode(data, final=not data)
        return bool(data)

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to chars characters (size, when chars is not given; all when neither is),
        reading size bytes at a time (all the rest when size is negative)."""
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._more(size):
                break
        if firstline:
            lines = self.charbuffer.splitlines(keepends=True)
            if len(lines) > 1 and (chars < 0 or len(lines[0]) < chars):
                chars = len(lines[0])
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ''
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while True:
            lines = self.charbuffer.splitlines(keepends=True)
            # A line is complete when another follows it, or when it has a line end other than
            # a '\r' that a '\n' still to come would join.
            if len(lines) > 1 or (lines and _has_line_end(lines[0]) and not lines[0].endswith('\r')):
                break
            if size is not None and size >= 0 and len(self.charbuffer) >= size:
                break
            if not self._more(_CHUNK):
                break
        lines = self.charbuffer.splitlines(keepends=True)
        line = lines[0] if lines else ''
        if size is not None and size >= 0:
            line = line[:size]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends or not line else line.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._decoder.reset()
        self.charbuffer = ''

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    """A StreamReader and a StreamWriter over one stream (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


for _cls in (StreamWriter, StreamReader, StreamReaderWriter):
    _cls.__module__ = 'codecs'

_classes = {}


def _stream_class(encoding, base):
    info = codecs.lookup(encoding)
    if registered(info):
        # A registered codec's own classes, None when its CodecInfo has none (as CPython's).
        return info.streamreader if base is StreamReader else info.streamwriter
    name = info.name
    cls = _classes.get((name, base))
    if cls is None:
        cls = type(base.__name__, (base,), {'_codec': name})
        cls.__module__ = 'encodings.' + name.replace('-', '_')
        _classes[name, base] = cls
    return cls


def getreader(encoding):
    """The StreamReader class of an encoding (LookupError for an unknown one)."""
    return _stream_class(encoding, StreamReader)


def getwriter(encoding):
    """The StreamWriter class of an encoding (LookupError for an unknown one)."""
    return _stream_class(encoding, StreamWriter)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """builtins.open in binary mode, with text encoded and decoded by the codec (no newline
    translation); without an encoding, the file builtins.open gives."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        srw = StreamReaderWriter(file, getreader(encoding), getwriter(encoding), errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise
