# f-strings: = with spaces and conversions, nested specs, datetime specs, runtime format errors, compile errors
x = 3.14159; s = "hi"; n = 42; w = 8
print(f"{x = }", f"{x=:.3}", f"{s=!a}", f"{ s = !r:>{w}}", f"{n=:#b}", f"{n*2=}", f"{(lambda: 1)()=}")
print(f"{n:{'<'}{w}}|", f"{n:{w}.{3}}|", f"{x:{w}.{2}{'f'}}|", f"{s!r:{'*'}^{w}}|")
print(f"{'{'}", f"{'}'}", f"{{}}", f"{ {1: 2}[1] }", f"{[1,2][0]:>3}", f'{"nested"}', f"{f'{n}'}")
print(f"{3:}", f"{s:}", f"{None!s:>5}", f"{b'x'!r}", f"{1e100:,.0f}"[:20], f"{-0.0:+}", f"{12345.6789:_.2f}")
import datetime
d = datetime.date(2024, 1, 5)
print(f"{d:%Y/%m/%d}", f"{d=:%A}", f"{datetime.datetime(2024,1,1,13,5):%I:%M %p}")
for code in ["f'{3:q}'", "f'{\"s\":d}'", "f'{1.5:x}'", "f'{3:,s}'", "f'{\"x\":=10}'", "f'{3:.-1f}'", "f'{object():>10}'", "f'{[]:x}'", "f'{3:{\"x\"*100}}'", "f'{1:10000000000}'", "f'{1.5:%%}'", "f'{1+2j:=10}'", "f'{\"a\":,}'", "f'{3:_x}'", "f'{3.5:_x}'"]:
    try: print(eval(code))
    except Exception as e: print(type(e).__name__, e)
for code in ["f'{a\\n}'", "f'{#}'", "f'{a!r:{b!r}}'", "f'{a:{b:{c:{d}}}}'", "f\"{'a' if True else \"b\"}\"", "f'{yield}'", "f'{*a}'", "f'{**a}'", "f'{a:=1}'", "f'{(a:=1)}'", "f'{x!s=}'", "f'{x=!s:>3}'", "f'{x:{y}!r}'", "f'{ }'", "f'{x!r }'", "f'{x! r}'"]:
    try:
        compile(code, "<fs>", "eval"); print("ok", code)
    except SyntaxError as e: print("SyntaxError", e.msg, code)
