# nested loops with flags: sieve of Eratosthenes and a multiplication table
N = 60
is_prime = [True] * (N + 1)
is_prime[0] = is_prime[1] = False
p = 2
while p * p <= N:
    if is_prime[p]:
        for m in range(p * p, N + 1, p):
            is_prime[m] = False
    p += 1
print([i for i in range(N + 1) if is_prime[i]])
for row in range(1, 6):
    line = ""
    for col in range(1, 6):
        line += str(row * col).rjust(4)
    print(line)
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
print(count)
