# logging.config.dictConfig's errors: the ValueError messages and their __cause__
import logging
import logging.config


def attempt(config):
    try:
        logging.config.dictConfig(config)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
        cause = e.__cause__
        while cause is not None:
            print('  caused by', type(cause).__name__, cause)
            cause = cause.__cause__


def fmt_factory(**kwargs):
    raise TypeError('bad factory')


def handler_with_strm(strm=None):
    h = logging.StreamHandler(strm)
    h.set_by = 'strm'
    return h


attempt({})
attempt({'version': 2})
attempt({'version': '1'})
attempt({'version': 1, 'formatters': {'f': {'format': '%(x', 'validate': True}}})
attempt({'version': 1, 'formatters': {'f': {'format': '{x', 'style': '{'}}})
attempt({'version': 1, 'formatters': {'f': {'format': 'x', 'style': '?'}}})
attempt({'version': 1, 'formatters': {'f': {'()': 'no.such.Factory'}}})
attempt({'version': 1, 'formatters': {'f': {'()': fmt_factory}}})
attempt({'version': 1, 'formatters': {'f': {'()': 'logging.Formatter', 'bad-key': 1}}})
attempt({'version': 1, 'formatters': {'f': {'class': 'logging.Nope'}}})
attempt({'version': 1, 'filters': {'f': {'()': 'logging.Filter', 'nope': 1}}})
attempt({'version': 1, 'handlers': {'h': {}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.NoHandler'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'nomodule.Handler'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler',
                                          'stream': 'ext://sys.nope'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler',
                                          'formatter': 'missing'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler',
                                          'level': 'LOUD'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler',
                                          'filters': ['missing']}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bogus': 1}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.handlers.MemoryHandler',
                                          'capacity': 1, 'target': 'missing'}}})
attempt({'version': 1, 'handlers': {'h': {'()': handler_with_strm,
                                          'stream': 'ext://sys.stdout'}}})
print(logging._handlers['h'].set_by)
attempt({'version': 1, 'loggers': {'a': {'handlers': ['missing']}}})
attempt({'version': 1, 'loggers': {'a': {'level': 'LOUD'}}})
attempt({'version': 1, 'loggers': {'a': {'filters': ['missing']}}})
attempt({'version': 1, 'root': {'level': 'LOUD'}})
attempt({'version': 1, 'root': {'handlers': ['x']}})
attempt({'version': 1, 'incremental': True, 'handlers': {'missing': {}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler'}}})
attempt({'version': 1, 'incremental': True, 'handlers': {'h': {'level': 'LOUD'}}})
attempt({'version': 1, 'incremental': True, 'loggers': {'a': {'level': 'LOUD'}}})
attempt({'version': 1, 'incremental': True, 'root': {'level': 'LOUD'}})
try:
    logging.config.listen
    print('listen exists')
except AttributeError as e:
    print(type(e).__name__, e)
