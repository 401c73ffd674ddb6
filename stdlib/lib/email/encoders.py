"""Functions that encode a message's payload and set its Content-Transfer-Encoding."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64
import quopri

_CTE = 'Content-Transfer-Encoding'


def _qencode(s):
    # quopri leaves spaces alone; in a MIME body they are escaped too
    return quopri.encodestring(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """The payload as base64 lines."""
    msg.set_payload(base64.encodebytes(msg.get_payload(decode=True)).decode('ascii'))
    msg[_CTE] = 'base64'


def encode_quopri(msg):
    """The payload as quoted-printable."""
    msg.set_payload(_qencode(msg.get_payload(decode=True)))
    msg[_CTE] = 'quoted-printable'


def encode_7or8bit(msg):
    """No change to the payload; the header says 7bit if it is ASCII, 8bit if not."""
    data = msg.get_payload(decode=True)
    msg[_CTE] = '7bit' if data is None or data.isascii() else '8bit'


def encode_noop(msg):
    """Leave the message as it is."""
