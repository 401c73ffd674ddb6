# A coroutine call whose result is thrown away (a missing await): "coroutine ... was never awaited" there; one __main__ holds at exit: sys:1
import asyncio
async def f(x):
    return x

def helper():
    f(1)
    print("in helper")

f(0)
print("after bare call")
helper()
class Service:
    async def fetch(self):
        return 1
    def refresh(self):
        self.fetch()
        return "refreshed"
print(Service().refresh())
for i in range(2):
    f(i)
print("after loop")
async def main():
    f(3)
    print("in main")
    await asyncio.sleep(0)
asyncio.run(main())
kept = f(4)
print("end")
