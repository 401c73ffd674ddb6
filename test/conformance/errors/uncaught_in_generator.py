# an exception inside a generator shows the generator frame in the traceback
def parse_all(lines):
    for line in lines:
        yield int(line)
print(list(parse_all(["7", "8"])))
lines = ["1", "2", "three", "4"]
total = 0
for n in parse_all(lines):
    total += n
    print("running total", total)
print("not reached")
