# warnings and logging to stderr, then an uncaught TypeError
import warnings, logging, sys
def old(): warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
warnings.simplefilter("always")
old()
warnings.warn("plain user warning")
warnings.warn_explicit("explicit", RuntimeWarning, "fake.py", 12)
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1); log.info("info"); log.warning("warn %s", "x")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
log.error("err", exc_info=False)
logging.getLogger("app.sub").critical("crit")
print("stdout line")
print("stderr line", file=sys.stderr)
with warnings.catch_warnings(record=True) as w:
    warnings.warn("caught", UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("now error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
import numbers
def f(x):
    if not isinstance(x, numbers.Number): raise TypeError(f"need a number, got {type(x).__name__}")
    return x
logging.shutdown()
f("s")
