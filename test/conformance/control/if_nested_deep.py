# deeply nested if statements and compound conditions
def grade(score, bonus):
    if score >= 0:
        if score + bonus >= 90:
            if bonus:
                return "A (with bonus)"
            else:
                return "A"
        elif score >= 80 or (score >= 75 and bonus >= 5):
            return "B"
        else:
            if score < 50:
                if score == 0:
                    return "zero"
                return "F"
            return "C"
    return "invalid"
for s, b in [(95, 0), (85, 10), (82, 0), (76, 5), (76, 4), (60, 0), (10, 0), (0, 0), (-1, 0)]:
    print(s, b, grade(s, b))
x, y = 3, 4
if x < y and not x == 0 or y < 0:
    print("compound 1")
if (x > y) or (x == 3 and y == 4):
    print("compound 2")
