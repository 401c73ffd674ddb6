"""Functions that encode a message's payload and set its Content-Transfer-Encoding."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes as _bencode
from quopri import encodestring as _encodestring


def _qencode(s):
    # quopri leaves spaces alone; in a MIME body they are escaped too
    return _encodestring(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """The payload as base64 lines."""
    msg.set_payload(str(_bencode(msg.get_payload(decode=True)), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """The payload as quoted-printable."""
    msg.set_payload(_qencode(msg.get_payload(decode=True)))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """No change to the payload; the header says 7bit if it is ASCII, 8bit if not."""
    data = msg.get_payload(decode=True)
    if data is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        data.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leave the message as it is."""
