class A:
    def go(self, n):
        return [1][n]


a = A()
result = (a
          .go(
              5))
