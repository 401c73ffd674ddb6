"""MIMEMessage: a message/* part holding one message."""

__all__ = ['MIMEMessage']

from email import message
from email.mime.nonmultipart import MIMENonMultipart


class MIMEMessage(MIMENonMultipart):

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if isinstance(_msg, message.Message):
            # Message.attach: this class's own attach refuses sub-parts
            self._payload = [_msg]
            self._default_type = 'message/rfc822'
        else:
            raise TypeError('Argument is not an instance of Message')
