# sys.settrace 'line' events through match statements: patterns, guards, bodies, defaults.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == "classify":
        if event == "line":
            print("  line", frame.f_lineno - first)
        elif event in ("call", "return"):
            print(" ", event, arg if event == "return" else "")
    return tracer

def classify(v):
    match v:
        case 0 | 1:
            return "bit"
        case [a,
              b] if (a
                     < b):
            return "ascending pair"
        case {"k": k} if k:
            return "keyed"
        case str(s) as t:
            pass
        case _:
            return "other"
    return "fell through"

first = classify.__code__.co_firstlineno
for v in [1, [1, 2], [2, 1], {"k": 0}, {"k": 1}, "s", 3.5]:
    print(repr(v))
    sys.settrace(tracer)
    r = classify(v)
    sys.settrace(None)
    print(" ->", r)
