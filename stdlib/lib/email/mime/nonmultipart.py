"""MIMENonMultipart: a MIME part that cannot hold sub-parts."""

__all__ = ['MIMENonMultipart']

from email.errors import MultipartConversionError
from email.mime import base


class MIMENonMultipart(base.MIMEBase):

    def attach(self, payload):
        raise MultipartConversionError('Cannot attach additional subparts to non-multipart/*')
