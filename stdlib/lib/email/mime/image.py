"""MIMEImage: an image/* part (the subtype found from the data if not given)."""

__all__ = ['MIMEImage']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

# (test on the first bytes, subtype)
_SIGNATURES = (
    (lambda h: h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb', 'jpeg'),
    (lambda h: h.startswith(b'\x89PNG\r\n\x1a\n'), 'png'),
    (lambda h: h[:6] in (b'GIF87a', b'GIF89a'), 'gif'),
    (lambda h: h[:2] in (b'MM', b'II'), 'tiff'),
    (lambda h: h.startswith(b'\x01\xda'), 'rgb'),
    (lambda h: len(h) >= 3 and h[0] == ord(b'P') and h[1] in b'14' and h[2] in b' \t\n\r', 'pbm'),
    (lambda h: len(h) >= 3 and h[0] == ord(b'P') and h[1] in b'25' and h[2] in b' \t\n\r', 'pgm'),
    (lambda h: len(h) >= 3 and h[0] == ord(b'P') and h[1] in b'36' and h[2] in b' \t\n\r', 'ppm'),
    (lambda h: h.startswith(b'\x59\xA6\x6A\x95'), 'rast'),
    (lambda h: h.startswith(b'#define '), 'xbm'),
    (lambda h: h.startswith(b'BM'), 'bmp'),
    (lambda h: h.startswith(b'RIFF') and h[8:12] == b'WEBP', 'webp'),
    (lambda h: h.startswith(b'\x76\x2f\x31\x01'), 'exr'),
)


def _what(data):
    for test, kind in _SIGNATURES:
        if test(data[:32]):
            return kind
    return None


class MIMEImage(MIMENonMultipart):

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        _subtype = _what(_imagedata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
