# an uncaught exception raised five frames deep, through functions and methods
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.item(part) for part in self.text.split(",")]
    def item(self, part):
        return convert(part.strip())
def convert(s):
    return check(int(s))
def check(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n
print(Parser("1, 2").parse())
Parser("3, -4").parse()
