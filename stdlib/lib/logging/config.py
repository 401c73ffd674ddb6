"""logging.config: configuring loggers, handlers, formatters and filters from a dictionary
(dictConfig, schema version 1) or from an ini file read with configparser (fileConfig).

listen() is not available: it raises NotImplementedError (see docs/differences.md).
"""

import errno
import io
import os
import re

import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', 2)  # re.IGNORECASE, as an int: re's flags would import enum


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, importing the modules along it as needed."""
    parts = name.split('.')
    path = parts[0]
    found = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


def _name_list(text):
    return [name.strip() for name in text.split(',')]


def _clearExistingHandlers():
    """Forgets the named handlers and closes every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _subtree_of(name, existing):
    """The names in the sorted list `existing` that sit below `name` ('a.b' for 'a')."""
    prefix = name + '.'
    return [other for other in existing if other.startswith(prefix)]


def _settle_loggers(existing, children, disable_existing):
    """After a new configuration: loggers below a configured one are reset to pass
    everything up; the other loggers it did not name are disabled (or enabled again)."""
    table = logging.root.manager.loggerDict
    for name in existing:
        node = table[name]
        if name not in children:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


def _claim_logger(name, existing, children):
    """Records that `name` is configured: it leaves `existing` and its subtree joins
    `children`, the loggers to reset rather than disable."""
    if name in existing:
        children.extend(_subtree_of(name, existing))
        existing.remove(name)


# ---------------------------------------------------------------------------
# fileConfig

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    import configparser

    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')

    formatters = _ini_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _ini_handlers(parser, formatters)
        _ini_loggers(parser, handlers, disable_existing_loggers)


def _ini_formatters(parser):
    keys = parser['formatters']['keys']
    made = {}
    if not keys:
        return made
    for name in _name_list(keys):
        section = 'formatter_%s' % name
        fmt = parser.get(section, 'format', raw=True, fallback=None)
        datefmt = parser.get(section, 'datefmt', raw=True, fallback=None)
        style = parser.get(section, 'style', raw=True, fallback='%')
        class_name = parser[section].get('class')
        factory = _resolve(class_name) if class_name else logging.Formatter
        made[name] = factory(fmt, datefmt, style)
    return made


def _ini_handlers(parser, formatters):
    keys = parser['handlers']['keys']
    made = {}
    if not keys:
        return made
    targets = []     # (memory handler, target name): set once every handler exists
    namespace = vars(logging)
    for name in _name_list(keys):
        section = parser['handler_%s' % name]
        class_text = section['class']
        try:
            klass = eval(class_text, namespace)
        except (AttributeError, NameError):
            klass = _resolve(class_text)
        args = eval(section.get('args', '()'), namespace)
        kwargs = eval(section.get('kwargs', '{}'), namespace)
        handler = klass(*args, **kwargs)
        handler.name = name
        if 'level' in section:
            handler.setLevel(section['level'])
        formatter = section.get('formatter', '')
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if target:
                targets.append((handler, target))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _ini_loggers(parser, handlers, disable_existing):
    names = _name_list(parser['loggers']['keys'])
    names.remove('root')
    root = logging.root
    _ini_logger_body(root, parser['logger_root'], handlers)

    existing = sorted(root.manager.loggerDict)
    children = []
    for name in names:
        section = parser['logger_%s' % name]
        qualname = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(qualname)
        _claim_logger(qualname, existing, children)
        _ini_logger_body(logger, section, handlers, propagate)
    _settle_loggers(existing, children, disable_existing)


def _ini_logger_body(logger, section, handlers, propagate=None):
    if 'level' in section:
        logger.setLevel(section['level'])
    for handler in logger.handlers[:]:
        logger.removeHandler(handler)
    if propagate is not None:
        logger.propagate = propagate
        logger.disabled = 0
    names = section['handlers']
    if names:
        for name in _name_list(names):
            logger.addHandler(handlers[name])


# ---------------------------------------------------------------------------
# Containers that convert their values on access ('ext://', 'cfg://', nested dicts)

_CONVERTING_TYPES = ()    # filled in below, once the three classes exist


class ConvertingMixin(object):
    """What the converting containers share: `configurator` converts a value; a converted
    container remembers the container (`parent`) and key it was found under."""

    def _adopt(self, result, key=None, with_key=False):
        if type(result) in _CONVERTING_TYPES:
            result.parent = self
            if with_key:
                result.key = key

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if result is not value:
            if replace:
                self[key] = result
            self._adopt(result, key, True)
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if result is not value:
            self._adopt(result)
        return result


class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        # a tuple's items cannot be replaced: convert on every access
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


_CONVERTING_TYPES = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator(object):
    """Resolves dotted names and converts 'prefix://suffix' strings: 'ext://' imports an
    object, 'cfg://' looks a value up in the configuration itself ('cfg://handlers.h[0]')."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        parts = s.split('.')
        path = parts[0]
        try:
            found = self.importer(path)
            for part in parts[1:]:
                path += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(path)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError('Unable to convert %r' % value)
        found = self.config[first.group(1)]
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step:
                found = found[step.group(1)]
            else:
                step = self.INDEX_PATTERN.match(rest)
                if step is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                found = self._index(found, step.group(1))
            rest = rest[step.end():]
        return found

    def _index(self, container, index):
        """'[3]' indexes a sequence by number, or a mapping by the text when that fails."""
        if self.DIGIT_PATTERN.match(index):
            try:
                return container[int(index)]
            except TypeError:
                pass
        return container[index]

    def convert(self, value):
        wrapper = None
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            wrapper = ConvertingDict
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            wrapper = ConvertingList
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):
            wrapper = ConvertingTuple
        elif isinstance(value, str):
            match = self.CONVERT_PATTERN.match(value)
            if match:
                converter = self.value_converters.get(match.group('prefix'))
                if converter:
                    return getattr(self, converter)(match.group('suffix'))
            return value
        if wrapper is None:
            return value
        converted = wrapper(value)
        converted.configurator = self
        return converted

    def _keyword_arguments(self, config):
        """The entries to pass as keywords: all but '.', each checked to be an identifier."""
        return {key: config[key] for key in config if key != '.' and valid_ident(key)}

    def _set_properties(self, result, config):
        props = config.pop('.', None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        result = factory(**self._keyword_arguments(config))
        self._set_properties(result, config)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


def _retry_config(action, name, kind):
    """Runs `action()`, turning any failure into "Unable to configure <kind> 'name'"."""
    try:
        return action()
    except Exception as e:
        raise ValueError('Unable to configure %s %r' % (kind, name)) from e


class DictConfigurator(BaseConfigurator):
    """Applies a version 1 configuration dictionary: formatters, filters, handlers, then
    the named loggers and the root; or, when 'incremental', only levels and propagation."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_afresh(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        self._configure_loggers(config, True)

    def _configure_loggers(self, config, incremental, existing=None, children=None):
        loggers = config.get('loggers', {})
        for name in loggers:
            if existing is not None:
                _claim_logger(name, existing, children)
            _retry_config(lambda: self.configure_logger(name, loggers[name], incremental),
                          name, 'logger')
        if existing is not None:
            _settle_loggers(existing, children, self._disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, incremental)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_afresh(self, config):
        self._disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            formatters[name] = _retry_config(
                lambda: self.configure_formatter(formatters[name]), name, 'formatter')
        filters = config.get('filters', {})
        for name in filters:
            filters[name] = _retry_config(
                lambda: self.configure_filter(filters[name]), name, 'filter')
        self._configure_handlers(config.get('handlers', {}))
        existing = sorted(logging.root.manager.loggerDict)
        self._configure_loggers(config, False, existing, [])

    def _configure_handlers(self, handlers):
        """In name order; a MemoryHandler whose target comes later waits for a second pass."""
        waiting = []
        for name in sorted(handlers):
            try:
                self._install_handler(handlers, name)
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    waiting.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in waiting:
            _retry_config(lambda: self._install_handler(handlers, name), name, 'handler')

    def _install_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                # factories written for 'fmt' (the Formatter's own name) are retried
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        class_name = config.get('class', None)
        factory = _resolve(class_name) if class_name else logging.Formatter
        if 'validate' in config:
            return factory(fmt, datefmt, style, config['validate'])
        return factory(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    chosen = f
                else:
                    chosen = self.config['filters'][f]
                filterer.addFilter(chosen)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        original = dict(config)     # put back when a target is not made yet
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            self._prepare_handler_arguments(factory, config, original)
        kwargs = self._keyword_arguments(config)
        try:
            result = factory(**kwargs)
        except TypeError as te:
            # handlers written for 'strm' (an older name of 'stream') are retried
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        self._set_properties(result, config)
        return result

    def _prepare_handler_arguments(self, klass, config, original):
        """A MemoryHandler's 'target' names another handler; a syslog 'address' given as
        a list becomes the tuple the handler wants."""
        if not isinstance(klass, type):
            return
        if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
            try:
                target = self.config['handlers'][config['target']]
                if not isinstance(target, logging.Handler):
                    config.update(original)
                    raise TypeError('target not configured yet')
                config['target'] = target
            except Exception as e:
                raise ValueError('Unable to set target handler %r' % config['target']) from e
        elif issubclass(klass, logging.handlers.SysLogHandler) and 'address' in config:
            config['address'] = self.as_tuple(config['address'])

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        handlers = config.get('handlers', None)
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get('filters', None)
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    # DIVERGENCE: no configuration server (its socket thread would block tpy's loop)
    raise NotImplementedError('logging.config.listen() is not available in tpy')


def stopListening():
    pass
