# An exception leaving functools.lru_cache-wrapped functions: the traceback has the callers' and the cached functions' frames, none for the C wrapper
import functools

@functools.lru_cache(maxsize=8)
def parse(text):
    return int(text)

class Config:
    @functools.cache
    def value(self, key):
        return parse(key.upper())

def main():
    c = Config()
    print(c.value('12'))
    print(c.value('12'), Config.value.cache_info(), parse.cache_info())
    print(c.value('x1'))

main()
