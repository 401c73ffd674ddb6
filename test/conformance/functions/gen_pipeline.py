# chained generators forming a lazy pipeline
def read(lines):
    for line in lines:
        print("read", repr(line))
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def nonempty(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n}: {line}"
data = ["  alpha ", "", "beta", "   ", "gamma  "]
pipeline = numbered(nonempty(strip(read(data))))
for item in pipeline:
    print(item)
def squares(nums):
    for n in nums:
        yield n * n
print(sum(squares(squares(range(4)))))
