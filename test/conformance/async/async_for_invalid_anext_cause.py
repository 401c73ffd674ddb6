# 'async for' whose __anext__ returns something that cannot be awaited: the TypeError has the
# failure that made it so as its __cause__ (context suppressed); the uncaught one shows both.
class Raises:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class ReturnsInt(Raises):
    def __await__(self):
        return 5


class NoAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def loop(source):
    async for _ in source:
        pass


for source in (Raises(), ReturnsInt(), NoAwait()):
    try:
        loop(source).send(None)
    except TypeError as e:
        print(e)
        print('  cause:', repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

loop(Raises()).send(None)
