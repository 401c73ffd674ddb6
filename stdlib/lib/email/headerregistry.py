"""Header objects of the policy-based API: str subclasses that also carry what
the header means (addresses, a datetime, MIME parameters...)."""

from types import MappingProxyType

from email import utils
from email import errors
from email import _header_fold as _fold


class Address:
    """One mailbox: display name, user name and domain (all read-only)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        given = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in given or '\n' in given:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            local, dom, rest = _fold.parse_addr_spec(addr_spec)
            if rest:
                parsed = addr_spec[:len(addr_spec) - len(rest)]
                raise ValueError("Invalid addr_spec; only '{}' could be parsed from '{}'"
                                 .format(parsed, addr_spec))
            username, domain = local, dom or ''
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        """user@domain, the user name quoted if it is not a dot-atom."""
        local = self.username
        if not _fold.DOT_ATOM_ENDS.isdisjoint(local):
            local = _fold.quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        return local or '<>'

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not _fold.SPECIALS.isdisjoint(name):
            name = _fold.quote_string(name)
        if name:
            spec = self.addr_spec
            return "{} <{}>".format(name, '' if spec == '<>' else spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
               (other.display_name, other.username, other.domain)


class Group:
    """A named list of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not _fold.SPECIALS.isdisjoint(name):
            name = _fold.quote_string(name)
        listed = ", ".join(str(x) for x in self.addresses)
        return "{}:{};".format(name, ' ' + listed if listed else listed)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses


class BaseHeader(str):
    """A header value; subclasses' parse() fills 'parse_tree' and 'decoded' (the
    value with encoded words decoded and canonical forms applied) into kwds."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds['decoded']):
            kwds['decoded'] = utils._sanitize(kwds['decoded'])
        self = str.__new__(cls, kwds.pop('decoded'))
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header,
                (self.__class__.__name__, self.__class__.__bases__, str(self)),
                self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """'Name: value' folded as the policy says, ended by its linesep."""
        return _fold.refold(_fold.header_tree(self.name, self._parse_tree), policy=policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None
    value_parser = staticmethod(_fold.parse_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = cls.value_parser(value)
        kwds['decoded'] = str(kwds['parse_tree'])


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A timestamp: .datetime (naive for '-0000'); a datetime is accepted as value."""

    max_count = None
    value_parser = staticmethod(_fold.parse_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['parse_tree'] = _fold.TokenList()
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                kwds['parse_tree'] = _fold.TokenList()
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)
        kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """Addresses: .groups and .addresses; Address/Group objects are accepted as value."""

    max_count = None

    @staticmethod
    def value_parser(value):
        return _fold.parse_address_list(value)[0]

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            tree, found, defects = _fold.parse_address_list(value)
            kwds['parse_tree'] = tree
            groups = [Group(a.display_name,
                            [Address(mb.display_name or '', mb.local_part or '', mb.domain or '')
                             for mb in a.all_mailboxes])
                      for a in found]
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item])
                      for item in value]
            defects = []
        kwds['groups'] = groups
        kwds['defects'] = defects
        kwds['decoded'] = ', '.join(str(g) for g in groups)
        if 'parse_tree' not in kwds:
            kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups for a in g.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError("value of single address header {} is not "
                             "a single address".format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: .major, .minor and .version ('1.0'), None if unparseable."""

    max_count = 1

    @staticmethod
    def value_parser(value):
        return _fold.fixed_value(value, 'mime-version')

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = cls.value_parser(value)
        kwds['decoded'] = str(kwds['parse_tree'])
        text = value.strip()
        major = minor = None
        head, dot, tail = text.partition('.')
        if head.strip().isdigit():
            major = int(head)
            if dot and tail.strip().isdigit():
                minor = int(tail)
        if major is None or minor is None:
            kwds['defects'].append(errors.InvalidHeaderDefect('invalid MIME version'))
        kwds['major'] = major
        kwds['minor'] = minor
        kwds['version'] = '{}.{}'.format(major, minor) if minor is not None else None

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    version = property(lambda self: self._version)


class ParameterizedMIMEHeader:
    """A value followed by '; name=value' parameters: .params (read-only mapping)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree, head, params = _fold.parse_parameterized(value, cls._token_type)
        kwds['parse_tree'] = tree
        kwds['decoded'] = str(tree)
        kwds['params'] = {utils._sanitize(n).lower(): utils._sanitize(v) for n, v in params}
        kwds['head'] = head

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._head = kw.pop('head')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: .content_type, .maintype, .subtype (text/plain if invalid)."""

    _token_type = 'content-type'

    def init(self, *args, **kw):
        super().init(*args, **kw)
        kind = self._head.lower()
        main, slash, sub = kind.partition('/')
        if not slash or not main.strip() or not sub.strip() or '/' in sub:
            self._defects.append(errors.InvalidHeaderDefect('invalid content type'))
            main, sub = 'text', 'plain'
        self._maintype = utils._sanitize(main.strip())
        self._subtype = utils._sanitize(sub.strip())

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: .content_disposition ('inline', 'attachment'...)."""

    _token_type = 'content-disposition'

    def init(self, *args, **kw):
        super().init(*args, **kw)
        cd = self._head.lower() or None
        self._content_disposition = cd if cd is None else utils._sanitize(cd)

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: .cte, lower-cased."""

    max_count = 1

    @staticmethod
    def value_parser(value):
        return _fold.fixed_value(value, 'content-transfer-encoding')

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = cls.value_parser(value)
        kwds['decoded'] = str(kwds['parse_tree'])

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = utils._sanitize(str(self).strip().lower() or '7bit')

    cte = property(lambda self: self._cte)


class MessageIDHeader:
    max_count = 1

    @staticmethod
    def value_parser(value):
        return _fold.fixed_value(value, 'message-id')

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = cls.value_parser(value)
        kwds['decoded'] = str(kwds['parse_tree'])


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Makes header objects: the class for a name mixed with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
