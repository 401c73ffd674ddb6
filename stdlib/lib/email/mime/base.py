"""MIMEBase: a message with a Content-Type and MIME-Version already set."""

__all__ = ['MIMEBase']

import email.policy
from email import message


class MIMEBase(message.Message):

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        """Content-Type is maintype/subtype with the keyword arguments as parameters."""
        super().__init__(policy=email.policy.compat32 if policy is None else policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'
