# literal braces, escapes and multi-line f-strings
n = 5
print(f"{{}}", f"{{{n}}}", f"{{n}}", f"{{{{n}}}}")
print(f"tab\t{n}\tend", f"newline\\n{n}")
print(f"""multi
line {n}
  indented {n * 2}""")
print(f"{'a' + 'b'}", f"{'{'}", f"{'}'}")
items = ["x", "y"]
print(f"{', '.join(items)}")
print(f"{n!r:>{n}}")
print(f"{n}%", f"100%{n}", f"{n}{{")
total = 0
for i in range(3):
    total += i
    print(f"step {i}: total={total}")
print(f"{'é'} {'😀'} {len('😀')}")
