"""Walking a message tree."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys
from io import StringIO


def walk(self):
    """This part, then every part below it, depth first."""
    yield self
    if self.is_multipart():
        for sub in self.get_payload():
            yield from sub.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every text payload in the tree."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of this main type (and subtype, if given)."""
    for part in msg.walk():
        if part.get_content_maintype() == maintype and \
                (subtype is None or part.get_content_subtype() == subtype):
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the tree of content types, indented by depth."""
    fp = sys.stdout if fp is None else fp
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=fp)
    if msg.is_multipart():
        for sub in msg.get_payload():
            _structure(sub, fp, level + 1, include_default)
