"""The policies of the email package's current API: headers as objects
(email.headerregistry), folded by RFC 5322's rules, and content managers."""

import re

from email._policybase import Policy, Compat32, compat32, _extend_docstrings, _split_source_header
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry as HeaderRegistry
from email.contentmanager import raw_data_manager
from email.message import EmailMessage

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict',
           'SMTP', 'HTTP']

linesep_splitter = re.compile(r'\n|\r')


class EmailPolicy(Policy):
    """Policy of the current API.

    utf8            -- write non-ASCII headers as UTF-8 instead of encoded words
    refold_source   -- 'none', 'long' (default) or 'all': which parsed headers are refolded
    header_factory  -- makes a header object from a name and a value
    content_manager -- what get_content/set_content use
    """

    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # every policy gets its own registry unless it is given one
        if 'header_factory' not in kw:
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        return _split_source_header(sourcelines)

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, ''.join(linesep_splitter.split(value)))

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        return folded.encode('utf8' if self.utf8 else 'ascii', 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        limit = self.max_line_length or 1000000000
        lines = value.splitlines()
        too_long = bool(lines) and (len(lines[0]) + len(name) + 2 > limit
                                    or any(len(x) > limit for x in lines[1:]))
        refold = self.refold_source == 'all' or (self.refold_source == 'long' and too_long)
        if refold or (refold_binary and _has_surrogates(value)):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
del default.header_factory      # so that repr(default) is 'EmailPolicy()'
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
