# a quiz reading answers with input(): the runner's empty stdin ends it with EOFError
import sys
questions = [("2 + 2", "4"), ("capital of France", "paris"), ("3 * 7", "21")]
score = 0
print(sys.stdin.isatty(), sys.argv[1:])
for i, (q, a) in enumerate(questions, 1):
    ans = input(f"Q{i}: {q}? ").strip().lower()
    if ans == a:
        score += 1
        print("correct")
    else:
        print(f"wrong, it was {a}")
print(f"score {score}/{len(questions)}")
