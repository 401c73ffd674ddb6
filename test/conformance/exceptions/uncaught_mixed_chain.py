# a chain mixing an explicit cause and an implicit context
class StorageError(Exception):
    pass
def fetch():
    try:
        raise ConnectionResetError(104, "Connection reset by peer")
    except OSError as e:
        raise StorageError("fetch failed") from e
def handler():
    try:
        fetch()
    except StorageError:
        raise ValueError("could not serve request")
handler()
