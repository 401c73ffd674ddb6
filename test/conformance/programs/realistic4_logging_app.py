# An application's logging configured to stdout: basicConfig formats, custom Formatter and
# Filter, logger hierarchy and propagation, levels, exception logging with tracebacks,
# LoggerAdapter, extra fields, lazy %-args, stack_info-free records, handlers' levels.
import logging
import os
import sys


class ContextFilter(logging.Filter):
    def __init__(self, user):
        super().__init__()
        self.user = user
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        record.user = self.user
        return not record.getMessage().startswith("secret")


class RelativeFormatter(logging.Formatter):
    """Tracebacks name files relative to the working directory (stable output)."""

    def formatException(self, ei):
        return super().formatException(ei).replace(os.getcwd() + os.sep, "")


class BracketFormatter(RelativeFormatter):
    def format(self, record):
        base = super().format(record)
        return f"[{record.levelname[0]}] {base}"

    def formatException(self, ei):
        text = super().formatException(ei)
        return "\n".join("  ! " + line for line in text.splitlines())


logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s: %(message)s")
root = logging.getLogger()
root.handlers[0].setFormatter(RelativeFormatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("app")
db = logging.getLogger("app.db")
net = logging.getLogger("app.net.http")
log.info("starting %s v%d", "shop", 3)
db.debug("hidden: root level INFO")
db.warning("slow query took %.2fs", 1.23456)
print(net.parent.name, net.getEffectiveLevel(), logging.getLevelName(net.getEffectiveLevel()))
net.setLevel(logging.DEBUG)
net.debug("now visible because logger level is DEBUG and root handler has no level")
print(logging.getLogger("app.net").level, net.level, net.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.DEBUG))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(BracketFormatter("%(name)s|%(user)s|%(message)s"))
f = ContextFilter("alice")
h.addFilter(f)
h.setLevel(logging.WARNING)
db.addHandler(h)
db.warning("disk at %d%%", 91)
db.info("info only reaches root")
db.error("secret: password")
db.propagate = False
db.error("only bracket handler now")
print("filter saw", f.seen)


def charge(amount):
    if amount < 0:
        raise ValueError(f"negative amount {amount}")
    return amount


for amt in (5, -2):
    try:
        charge(amt)
        log.info("charged %s", amt)
    except ValueError:
        log.exception("charge failed for %r", amt)
        db.exception("db view of failure")

adapter = logging.LoggerAdapter(log, {"request": "r-17"})
adapter.warning("through adapter %s", "ok")


class ReqAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"<{self.extra['request']}> {msg}", kwargs


ReqAdapter(log, {"request": "r-18"}).error("custom process")
log.info("extra field", extra={"color": "blue"})
log.log(25, "custom level number")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(17))
log.warning("dict arg %(a)s and %(b)s", {"a": 1, "b": 2})
log.critical("critical! %s", [1, 2])
root.handlers[0].setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
log.info("brace style %s", "works")
root.handlers[0].setFormatter(logging.Formatter("$levelname/$name/$message", style="$"))
log.warning("dollar style")
try:
    logging.Formatter("%(x", style="%").format(logging.makeLogRecord({"msg": "m"}))
except (ValueError, KeyError) as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("nofields", style="%", validate=True)
except ValueError as e:
    print("ValueError", e)
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("you",), "levelno": 30, "levelname": "WARNING", "name": "m"})
print(rec.getMessage(), rec.levelname, rec.name, logging.Formatter("%(message)s!").format(rec))
print(logging.getLogger("app") is log, logging.getLogger() is root, root.name, repr(db))
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.error("enabled again")
logging.shutdown()
