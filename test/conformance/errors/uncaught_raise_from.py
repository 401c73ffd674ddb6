# an uncaught exception raised `from` another shows both, joined by the direct-cause message
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port setting: " + repr(text)) from e
print(parse("8080"))
print(parse("80a"))
