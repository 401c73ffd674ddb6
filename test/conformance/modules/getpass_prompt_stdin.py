# getpass with stdin piped: the echo warning and prompt on the stream, one line of stdin, EOFError at its end
import getpass
import io
import warnings

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = io.StringIO()
    try:
        getpass.getpass("PIN: ", stream=out)
    except EOFError as e:
        print("EOFError", repr(e))
    print(repr(out.getvalue()))
    print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("ignore", getpass.GetPassWarning)
try:
    getpass.getpass()
except EOFError:
    print("no password")
print(type(getpass.getuser()).__name__)
