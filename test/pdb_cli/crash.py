def f(n):
    x = n * 2
    return 1 / (n - 3)
def main():
    for i in range(5):
        f(i + 1)
main()
