# unittest.IsolatedAsyncioTestCase: async setUp/tearDown/tests/cleanups on a loop per test, context variables, failures
import asyncio
import contextvars
import io
import re
import unittest

events = []
request_id = contextvars.ContextVar("request_id", default=None)


class Service:
    def __init__(self):
        self.open = False

    async def __aenter__(self):
        events.append("service enter")
        self.open = True
        return self

    async def __aexit__(self, *exc):
        events.append("service exit")
        self.open = False

    async def fetch(self, key):
        await asyncio.sleep(0)
        if key == "boom":
            raise KeyError(key)
        return key.upper()


class ServiceTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")
        request_id.set("req-1")

    async def asyncSetUp(self):
        events.append(f"asyncSetUp {request_id.get()}")
        self.service = await self.enterAsyncContext(Service())
        self.loop = asyncio.get_running_loop()

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_fetch(self):
        self.assertTrue(self.service.open)
        self.assertEqual(await self.service.fetch("a"), "A")
        self.assertIs(asyncio.get_running_loop(), self.loop)
        self.assertEqual(request_id.get(), "req-1")

    async def test_gather(self):
        results = await asyncio.gather(*(self.service.fetch(k) for k in "xyz"))
        self.assertEqual(results, ["X", "Y", "Z"])

    async def test_raises(self):
        with self.assertRaises(KeyError):
            await self.service.fetch("boom")

    async def test_fails(self):
        self.assertEqual(await self.service.fetch("b"), "b")

    async def test_error(self):
        await self.service.fetch("boom")

    async def test_cleanup(self):
        async def cleanup(tag):
            events.append(f"async cleanup {tag}")

        self.addAsyncCleanup(cleanup, "one")
        self.addCleanup(events.append, "sync cleanup")

    def test_sync_method(self):
        self.assertEqual(request_id.get(), "req-1")

    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.001):
                await asyncio.sleep(1)

    @unittest.skip("not now")
    async def test_skipped(self):
        pass


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(ServiceTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", stream.getvalue())
# Only the verdicts (tracebacks show asyncio's and unittest's own files, which differ).
print(text.split("\n\n")[0])
for test, tb in result.failures + result.errors:
    print(test.id(), "->", tb.strip().splitlines()[-1])
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print(events[:8])
print([e for e in events if "cleanup" in e])
print(issubclass(unittest.IsolatedAsyncioTestCase, unittest.TestCase), "IsolatedAsyncioTestCase" in dir(unittest), "IsolatedAsyncioTestCase" in unittest.__all__)
