"""Content managers: what msg.get_content() returns and what msg.set_content(obj)
writes, chosen by the part's content type (get) or the object's type (set)."""

import binascii

import email.charset
import email.message
import email.errors
from email import quoprimime


class ContentManager:

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        """Use `handler(msg, ...)` for parts of this 'maintype/subtype' or 'maintype'."""
        self.get_handlers.update({key: handler})

    def get_content(self, msg, *args, **kw):
        for key in (msg.get_content_type(), msg.get_content_maintype(), ''):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(msg.get_content_type())

    def add_set_handler(self, typekey, handler):
        """Use `handler(msg, obj, ...)` for objects of this type (or type name)."""
        self.set_handlers.update({typekey: handler})

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        setter = self._find_set_handler(msg, obj)
        msg.clear_content()
        setter(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        first_name = None
        for typ in type(obj).__mro__:
            qualname = typ.__qualname__
            module = getattr(typ, '__module__', '')
            dotted = module + '.' + qualname if module else qualname
            if first_name is None:
                first_name = dotted
            for key in (typ, dotted, qualname, typ.__name__):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers.get(None)
        raise KeyError(first_name)


raw_data_manager = ContentManager()


def get_text_content(msg, errors='replace'):
    data = msg.get_payload(decode=True)
    return data.decode(msg.get_param('charset', 'ASCII'), errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(None, True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    # an unknown message/* subtype: the enclosed message as bytes
    return msg.get_payload(0).as_bytes()


raw_data_manager.add_get_handler('text', get_text_content)
for _main in ('audio', 'image', 'video', 'application'):
    raw_data_manager.add_get_handler(_main, get_non_text_content)
for _sub in ('rfc822', 'external-body'):
    raw_data_manager.add_get_handler('message/' + _sub, get_message_content)
raw_data_manager.add_get_handler('message', get_and_fixup_unknown_message_content)
del _main, _sub


def _prepare_set(msg, maintype, subtype, headers):
    msg['Content-Type'] = maintype + '/' + subtype
    if not headers:
        return
    if not all(hasattr(h, 'name') for h in headers[:1]):
        policy = msg.policy
        headers = [policy.header_factory(*policy.header_source_parse([h])) for h in headers]
    try:
        for h in headers:
            if h.defects:
                raise h.defects[0]
            msg[h.name] = h
    except email.errors.HeaderDefect as exc:
        raise ValueError("Invalid header: {}".format(h.fold(policy=msg.policy))) from exc


def _finalize_set(msg, disposition, filename, cid, params):
    if filename is not None and disposition is None:
        disposition = 'attachment'
    if disposition is not None:
        msg.add_header('Content-Disposition', disposition)
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    if params is not None:
        for pname in params:
            msg.set_param(pname, params[pname])


def _finish(msg, cte, disposition, filename, cid, params):
    msg.add_header('Content-Transfer-Encoding', cte)
    _finalize_set(msg, disposition, filename, cid, params)


def _encode_base64(data, max_line_length):
    """base64 lines of at most max_line_length characters."""
    step = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[i:i + step]).decode('ascii')
                   for i in range(0, len(data), step))


def _encode_text(string, charset, cte, policy):
    """(cte, payload) for text: 7bit or 8bit if the lines are short enough, else
    whichever of quoted-printable and base64 is shorter on the first ten lines."""
    lines = bytes(string, charset).splitlines()
    sep = policy.linesep.encode('ascii')
    with_policy_seps = lambda ls: sep.join(ls) + sep
    with_newlines = lambda ls: b'\n'.join(ls) + b'\n'
    if cte is None:
        if all(len(x) <= policy.max_line_length for x in lines):
            body = with_newlines(lines)
            try:
                return '7bit', body.decode('ascii')
            except UnicodeDecodeError:
                pass
            if policy.cte_type == '8bit':
                return '8bit', body.decode('ascii', 'surrogateescape')
        sample = with_policy_seps(lines[:10])
        sample_qp = quoprimime.body_encode(sample.decode('latin-1'), policy.max_line_length)
        if len(sample_qp) > len(binascii.b2a_base64(sample)):
            cte = 'base64'
        else:
            cte = 'quoted-printable'
            if len(lines) <= 10:
                return cte, sample_qp
    if cte == '7bit':
        return cte, with_newlines(lines).decode('ascii')
    if cte == '8bit':
        return cte, with_newlines(lines).decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, quoprimime.body_encode(with_newlines(lines).decode('latin-1'),
                                           policy.max_line_length)
    if cte == 'base64':
        return cte, _encode_base64(with_policy_seps(lines), policy.max_line_length)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def set_text_content(msg, string, subtype="plain", charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None, headers=None):
    _prepare_set(msg, 'text', subtype, headers)
    cte, payload = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param('charset', email.charset.ALIASES.get(charset, charset), replace=True)
    _finish(msg, cte, disposition, filename, cid, params)


def set_message_content(msg, message, subtype="rfc822", cte=None, disposition=None,
                        filename=None, cid=None, params=None, headers=None):
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    if subtype == 'rfc822':
        if cte not in (None, '7bit', '8bit', 'binary'):
            raise ValueError("message/rfc822 parts do not support cte={}".format(cte))
        cte = '8bit' if cte is None else cte
    elif subtype == 'external-body':
        if cte not in (None, '7bit'):
            raise ValueError("message/external-body parts do not support cte={}".format(cte))
        cte = '7bit'
    elif cte is None:
        cte = '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    msg.set_payload([message])
    _finish(msg, cte, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None,
                      filename=None, cid=None, params=None, headers=None):
    _prepare_set(msg, maintype, subtype, headers)
    if cte == 'base64':
        data = _encode_base64(data, msg.policy.max_line_length)
    elif cte == 'quoted-printable':
        data = binascii.b2a_qp(data, istext=False, header=False, quotetabs=True).decode('ascii')
    elif cte == '7bit':
        data = data.decode('ascii')
    elif cte == '8bit' or cte == 'binary':
        data = str(data, 'ascii', 'surrogateescape')
    msg.set_payload(data)
    _finish(msg, cte, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler(email.message.Message, set_message_content)
for _typ in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_typ, set_bytes_content)
del _typ
