# logging.config.dictConfig: formatters (format, datefmt, style, '()' factories), filters, handlers, loggers, root
import logging
import logging.config
import sys


class Upper(logging.Formatter):
    def __init__(self, fmt=None, prefix=''):
        super().__init__(fmt)
        self.prefix = prefix

    def format(self, record):
        return self.prefix + super().format(record).upper()


class OldStyle(logging.Formatter):
    # a factory that only knows 'fmt': dictConfig retries 'format' as 'fmt'
    def __init__(self, fmt=None):
        super().__init__(fmt)


class OnlyOdd(logging.Filter):
    def __init__(self, param=1):
        super().__init__()
        self.param = param

    def filter(self, record):
        return record.msg.count('x') % 2 == self.param


class ListHandler(logging.Handler):
    def __init__(self, sink=None, tag='?'):
        super().__init__()
        self.sink = sink if sink is not None else []
        self.tag = tag

    def emit(self, record):
        self.sink.append(self.tag + ':' + self.format(record))


sink = []
before = logging.getLogger('old.one')
child_of_app = logging.getLogger('app.sub')

config = {
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s|%(name)s|%(message)s'},
        'brace': {'format': '{levelname}-{message}', 'style': '{'},
        'dollar': {'format': '$name $message', 'style': '$', 'validate': True},
        'upper': {'()': Upper, 'fmt': '%(message)s', 'prefix': '>> '},
        'old': {'()': OldStyle, 'format': 'old:%(message)s'},
        'dated': {'format': '%(asctime)s %(message)s', 'datefmt': '%Y'},
    },
    'filters': {
        'odd': {'()': OnlyOdd, 'param': 1},
        'named': {'name': 'app'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                'formatter': 'plain', 'level': 'DEBUG'},
        'brace': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                  'formatter': 'brace', 'filters': ['odd']},
        'list': {'()': ListHandler, 'sink': sink, 'tag': 'L', 'formatter': 'upper',
                 '.': {'extra_attr': 42}},
        'dollar': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                   'formatter': 'dollar', 'level': logging.ERROR},
        'old': {'class': 'logging.StreamHandler', 'stream': 'cfg://handlers.out.stream',
                'formatter': 'old'},
    },
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['out', 'list'], 'propagate': False,
                'filters': ['named']},
        'app.brace': {'handlers': ['brace']},
        'other': {'level': 'WARNING', 'handlers': ['dollar', 'old']},
    },
    'root': {'level': 'ERROR', 'handlers': ['out']},
}
logging.config.dictConfig(config)

app = logging.getLogger('app')
app.debug('hidden')
app.info('shown')
app.warning('warned %s', 'here')
logging.getLogger('app.brace').info('x one')
logging.getLogger('app.brace').info('xx two')
logging.getLogger('other').warning('other warn')
logging.getLogger('other').error('other error')
logging.getLogger('nobody').error('to root')
logging.getLogger('nobody').warning('dropped')
print(sink)
print(logging.getLogger('app').propagate, logging.getLogger('other').propagate)
print(logging.getLogger('app').level, logging.getLogger('root').level, logging.root.level)
print(before.disabled, child_of_app.disabled, child_of_app.level, child_of_app.propagate)
print(sorted(h.name for h in logging.getLogger('app').handlers))
print(sorted(logging._handlers))
lh = [h for h in app.handlers if h.name == 'list'][0]
print(type(lh).__name__, lh.extra_attr, lh.tag, lh.formatter.prefix)
print(type(lh.formatter).__name__, lh.formatter._fmt)
out = [h for h in app.handlers if h.name == 'out'][0]
print(out.stream is sys.stdout, out.level, out.formatter._fmt)
print([type(f).__name__ for f in app.filters], app.filters[0].name)

# a second configuration closes the old handlers and disables loggers it does not name
logging.config.dictConfig({
    'version': 1,
    'disable_existing_loggers': False,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                       'formatter': 'f'}},
    'formatters': {'f': {'format': 'second %(name)s %(message)s'}},
    'loggers': {'other': {'handlers': ['h'], 'level': 'DEBUG'}},
})
print(before.disabled, app.disabled, sorted(logging._handlers))
logging.getLogger('other').debug('debug now')
app.error('app still has %d handlers', len(app.handlers))

logging.config.dictConfig({'version': 1, 'loggers': {'other': {}}})
print(before.disabled, app.disabled, logging.getLogger('other').disabled)
print(logging.getLogger('other').handlers, logging.getLogger('other').level)

# incremental: only levels and propagation change
logging.config.dictConfig({
    'version': 1,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}},
    'loggers': {'inc': {'handlers': ['h'], 'level': 'INFO'}},
})
logging.config.dictConfig({
    'version': 1, 'incremental': True,
    'handlers': {'h': {'level': 'WARNING'}},
    'loggers': {'inc': {'level': 'DEBUG', 'propagate': False, 'handlers': ['ignored']}},
    'root': {'level': 'CRITICAL'},
})
inc = logging.getLogger('inc')
print(inc.level, inc.propagate, [h.name for h in inc.handlers], inc.handlers[0].level,
      logging.root.level)
inc.info('not printed: handler level')
inc.warning('printed')

# MemoryHandler whose target is configured later (deferred)
logging.config.dictConfig({
    'version': 1,
    'handlers': {
        'a_mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2,
                  'target': 'z_out', 'flushLevel': 40},
        'z_out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                  'formatter': 'f'},
    },
    'formatters': {'f': {'format': 'mem %(message)s'}},
    'root': {'handlers': ['a_mem'], 'level': 'DEBUG'},
})
mem = logging.root.handlers[0]
print(type(mem).__name__, mem.capacity, mem.target.name, mem.flushLevel)
logging.info('one')
print('buffered', len(mem.buffer))
logging.info('two')
print('buffered', len(mem.buffer))

# cfg:// lookups and the converting containers
c = logging.config.DictConfigurator({'version': 1, 'a': {'b': [10, {'c': 'x'}]},
                                     'n': ('ext://sys.maxsize', 1), 'd': {'3': 'three'}})
print(c.convert('cfg://a.b[0]'), c.convert('cfg://a.b[1].c'), c.convert('cfg://a [ b ]'))
print(c.convert('ext://sys.maxsize') == sys.maxsize, c.convert('other://x'))
conv = c.config['a']
print(type(conv).__name__, conv.parent is c.config, conv.key)
lst = conv['b']
print(type(lst).__name__, lst.key, type(lst[1]).__name__, lst[1].key)
tup = c.config['n']
print(type(tup).__name__, tup[0] == sys.maxsize, tup[1])
print(c.as_tuple([1, 2]), c.as_tuple('s'))
print(c.resolve('logging.handlers.MemoryHandler').__name__)
print(logging.config.valid_ident('abc'), logging.config.IDENTIFIER.pattern)
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config.dictConfigClass.__name__)
for bad in ['cfg://d[3]', 'cfg://', 'cfg://a.b!', 'cfg://a.zz']:
    try:
        c.convert(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    logging.config.valid_ident('a b')
except ValueError as e:
    print(type(e).__name__, e)
