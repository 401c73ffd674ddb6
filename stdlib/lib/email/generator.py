"""Generators: write a message tree out as text or bytes."""

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

import re
import sys
import time
import random
from copy import deepcopy
from io import StringIO, BytesIO

from email.utils import _has_surrogates

UNDERSCORE = '_'
NL = '\n'
NLCRE = re.compile(r'\r\n|\r|\n')
fcre = re.compile(r'^From ', 8)  # re.MULTILINE, as an int: re's flags would import enum


class Generator:
    """Writes a message as text to a file-like object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        """mangle_from_: write '>From ' for body lines starting 'From ' (the
        policy's setting by default); maxheaderlen overrides the policy's
        max_line_length for headers."""
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy is not None else True
        self._fp = outfp
        self._mangle_from_, self.maxheaderlen = mangle_from_, maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write the message (with a From_ line first if unixfrom)."""
        policy = self.policy or msg.policy
        changes = {}
        if linesep is not None:
            changes['linesep'] = linesep
        if self.maxheaderlen is not None:
            changes['max_line_length'] = self.maxheaderlen
        if changes:
            policy = policy.clone(**changes)
        self._NL, self._EMPTY = policy.linesep, ''
        self._encoded_NL, self._encoded_EMPTY = self._encode(self._NL), self._encode('')
        saved_gen_policy, saved_msg_policy = self.policy, msg.policy
        try:
            self.policy = policy
            msg.policy = policy
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    ufrom = 'From nobody %s' % time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            self.policy = saved_gen_policy
            msg.policy = saved_msg_policy

    def clone(self, fp):
        """A generator with the same settings writing to fp."""
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        if not lines:
            return
        pieces = NLCRE.split(lines)
        for line in pieces[:-1]:
            self.write(line)
            self.write(self._NL)
        if pieces[-1]:
            self.write(pieces[-1])

    def _write(self, msg):
        # the body is written first to a buffer: writing it may change the
        # headers (a boundary chosen, a transfer encoding applied)
        saved_fp = self._fp
        try:
            self._munge_cte = None
            self._fp = body = self._new_buffer()
            self._dispatch(msg)
        finally:
            self._fp = saved_fp
            munge_cte = self._munge_cte
            del self._munge_cte
        if munge_cte:
            new_cte, new_ctype = munge_cte
            msg = deepcopy(msg)
            if 'content-transfer-encoding' in msg:
                msg.replace_header('content-transfer-encoding', new_cte)
            else:
                msg['Content-Transfer-Encoding'] = new_cte
            msg.replace_header('content-type', new_ctype)
        writer = getattr(msg, '_write_headers', None)
        if writer is None:
            self._write_headers(msg)
        else:
            writer(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        # _handle_<main>_<sub>, else _handle_<main>, else _writeBody
        main, sub = msg.get_content_maintype(), msg.get_content_subtype()
        for name in (main + '_' + sub, main):
            handler = getattr(self, '_handle_' + name.replace('-', '_'), None)
            if handler is not None:
                return handler(msg)
        self._writeBody(msg)

    def _write_headers(self, msg):
        fold = self.policy.fold
        for name, value in msg.raw_items():
            self.write(fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        declared = msg.get_param('charset') if _has_surrogates(msg._payload) else None
        if declared is not None:
            # non-ASCII bytes in a text generator: re-encode with the charset
            msg = deepcopy(msg)
            del msg['content-transfer-encoding']
            msg.set_payload(payload, declared)
            payload = msg.get_payload()
            self._munge_cte = (msg['content-transfer-encoding'], msg['content-type'])
        self._write_lines(self._mangled(payload))

    def _mangled(self, text):
        return fcre.sub('>From ', text) if self._mangle_from_ else text

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, str):
            self.write(subparts)
            return
        elif not isinstance(subparts, list):
            subparts = [subparts]
        texts = []
        for part in subparts:
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buf.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(self._NL)
        dashes = '--' + boundary
        for n, text in enumerate(texts):
            self.write((self._NL if n else '') + dashes + self._NL)
            self._fp.write(text)
        if not texts:
            self.write(dashes + self._NL)
        self.write(self._NL + dashes + '--' + self._NL)
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _handle_multipart_signed(self, msg):
        # signed content must not be refolded
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            text = buf.getvalue()
            lines = text.split(self._encoded_NL)
            if lines and lines[-1] == self._encoded_EMPTY:
                blocks.append(self._encoded_NL.join(lines[:-1]))
            else:
                blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        buf = self._new_buffer()
        payload = msg._payload
        if isinstance(payload, list):
            self.clone(buf).flatten(msg.get_payload(0), unixfrom=False, linesep=self._NL)
            payload = buf.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        """'===============<19 digits>==', with '.N' added until text does not contain it."""
        boundary = '===============%s==' % (_fmt % random.randrange(sys.maxsize))
        if text is None:
            return boundary
        candidate = boundary
        counter = 0
        while cls._compile_re('^--' + re.escape(candidate) + '(--)?$', 8).search(text):  # re.MULTILINE, as an int: re's flags would import enum
            candidate = boundary + '.' + str(counter)
            counter += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Writes a message as bytes; surrogate-escaped bytes are written back as the
    bytes they were (transfer-encoded instead if the policy's cte_type is 7bit)."""

    def write(self, s):
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        fold = self.policy.fold_binary
        for name, value in msg.raw_items():
            self._fp.write(fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if self.policy.cte_type != '7bit' and _has_surrogates(msg._payload):
            # the original bytes go out as they came in
            msg._payload = self._mangled(msg._payload)
            self._write_lines(msg._payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode('ascii'), flags)


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Writes the text parts' payloads, and a line in place of each non-text part."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'text':
                print(part.get_payload(), file=self)
            elif maintype != 'multipart':
                print(self._fmt % {
                    'type': part.get_content_type(),
                    'maintype': part.get_content_maintype(),
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description', '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                }, file=self)


_width = len(repr(sys.maxsize - 1))
_fmt = '%%0%dd' % _width

_make_boundary = Generator._make_boundary
