# logging.config.fileConfig: formatters, handlers (args/kwargs evaluated in logging's namespace), loggers from an ini file
import configparser
import io
import logging
import logging.config
import os
import tempfile

INI = """
[loggers]
keys=root,app,app_db

[handlers]
keys=out,mem,brace

[formatters]
keys=plain,brace

[logger_root]
level=WARNING
handlers=out

[logger_app]
level=DEBUG
handlers=out
propagate=0
qualname=app

[logger_app_db]
level=INFO
handlers=brace,mem
qualname=app.db

[handler_out]
class=StreamHandler
level=DEBUG
formatter=plain
args=(sys.stdout,)

[handler_brace]
class=logging.StreamHandler
formatter=brace
kwargs={'stream': sys.stdout}

[handler_mem]
class=handlers.MemoryHandler
args=(10, ERROR)
target=out

[formatter_plain]
format=%(levelname)s:%(name)s:%(message)s
datefmt=

[formatter_brace]
format={name} says {message}
style={
class=logging.Formatter
"""

old = logging.getLogger('old')
kept = logging.getLogger('app.db.inner')
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'log.ini')
    with open(path, 'w') as f:
        f.write(INI)
    logging.config.fileConfig(path)
    app = logging.getLogger('app')
    db = logging.getLogger('app.db')
    app.debug('debug %d', 1)
    db.info('db info')
    db.debug('db debug dropped')
    logging.getLogger('x').warning('root warning')
    logging.getLogger('x').info('root info dropped')
    print(app.propagate, db.propagate, app.level, db.level, logging.root.level)
    print(old.disabled, kept.disabled, app.disabled)
    print(sorted(h.name for h in db.handlers), sorted(logging._handlers))
    mem = logging._handlers['mem']
    print(mem.capacity, mem.flushLevel, mem.target is logging._handlers['out'])
    print(logging._handlers['out'].level, logging._handlers['brace'].formatter._style._fmt)
    db.error('db error flushes')

    # a file object, keeping the existing loggers
    logging.config.fileConfig(io.StringIO(INI.replace('level=WARNING', 'level=ERROR')),
                              disable_existing_loggers=False)
    print(old.disabled, logging.root.level)

    # a ConfigParser made by the caller, with defaults
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    logging.config.fileConfig(cp)
    print(logging.root.level, old.disabled)

    empty = os.path.join(tmp, 'empty.ini')
    open(empty, 'w').close()
    bad = os.path.join(tmp, 'bad.ini')
    with open(bad, 'w') as f:
        f.write('[loggers]\nkeys=root\n  indented = what\nno equals here\n')
    nokeys = os.path.join(tmp, 'nokeys.ini')
    with open(nokeys, 'w') as f:
        f.write('[loggers]\nkeys=root\n')
    for name in [os.path.join(tmp, 'missing.ini'), empty, bad, nokeys]:
        try:
            logging.config.fileConfig(name)
        except Exception as e:
            print(type(e).__name__, str(e).replace(tmp, 'TMP'))
    for text in ['[formatters]\nkeys=f\n', '[formatters]\nkeys=\n[handlers]\nkeys=h\n'
                 '[handler_h]\nclass=NoSuch\n',
                 '[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=a\n']:
        try:
            logging.config.fileConfig(io.StringIO(text))
        except Exception as e:
            print(type(e).__name__, e)
