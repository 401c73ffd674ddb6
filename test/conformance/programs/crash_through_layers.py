# A program that ends in an uncaught exception raised through a generator, a context manager and a property (full traceback).
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f'{key}: {reason}')
        self.key = key


class Settings:
    def __init__(self, raw):
        self._raw = raw

    @property
    def port(self):
        value = self._raw['port']
        return self._parse_port(value)

    def _parse_port(self, value):
        try:
            n = int(value)
        except ValueError as e:
            raise ConfigError('port', f'not a number: {value!r}') from e
        if not 0 < n < 65536:
            raise ConfigError('port', f'out of range: {n}')
        return n


class connection:
    """A connection context manager whose __enter__ reads a property that may raise."""

    def __init__(self, settings):
        self.settings = settings

    def __enter__(self):
        print('opening to port', self.settings.port)
        return {'port': self.settings.port}

    def __exit__(self, et, ev, tb):
        print('closing', et.__name__ if et else None)
        return False


def ports(configs):
    for raw in configs:
        s = Settings(raw)
        with connection(s) as conn:
            yield conn['port']


class Resource:
    def __enter__(self):
        print('enter resource')
        return self

    def __exit__(self, et, ev, tb):
        print('exit resource with', et.__name__ if et else None)
        return False


def main():
    configs = [{'port': '8080'}, {'port': 443}, {'port': '99999'}, {'port': 'http'}]
    total = 0
    with Resource():
        for p in ports(configs):
            print('got', p)
            total += p
    return total


try:
    main()
except ConfigError as e:
    print('caught', e, e.key, e.__cause__, e.__context__)

def run_all():
    configs = [{'port': '1'}, {'port': 'http'}]
    gen = ports(configs)
    with Resource():
        print(sum(x for x in gen))

run_all()
