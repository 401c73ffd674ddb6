# Fractals and colours: a Mandelbrot and Julia set in ASCII with complex arithmetic, cmath
# functions (phase/polar/rect/sqrt/exp/log of negatives and infinities), roots of unity,
# Newton's method basins, colorsys conversions, and complex repr/format corner cases.
import cmath
import colorsys
import math

CHARS = " .:-=+*#%@"


def mandel(c, limit=40):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


def render(fn, x0, x1, y0, y1, w, h):
    rows = []
    for j in range(h):
        y = y1 - (y1 - y0) * j / (h - 1)
        row = ""
        for i in range(w):
            x = x0 + (x1 - x0) * i / (w - 1)
            n = fn(complex(x, y))
            row += CHARS[min(n * len(CHARS) // 41, len(CHARS) - 1)]
        rows.append(row.rstrip())
    return "\n".join(rows)


print(render(mandel, -2.2, 0.8, -1.2, 1.2, 60, 21))
julia_c = complex(-0.8, 0.156)


def julia(z, limit=40):
    for i in range(limit):
        z = z * z + julia_c
        if abs(z) > 2:
            return i
    return limit


print(render(julia, -1.6, 1.6, -0.9, 0.9, 56, 13))
roots = [cmath.rect(1, 2 * math.pi * k / 3) for k in range(3)]
print([f"{r.real:+.4f}{r.imag:+.4f}j" for r in roots])


def newton(z):
    for i in range(30):
        dz = 3 * z * z
        if dz == 0:
            return "?"
        z2 = z - (z ** 3 - 1) / dz
        if abs(z2 - z) < 1e-9:
            break
        z = z2
    return "ABC"[min(range(3), key=lambda k: abs(z - roots[k]))]


for y in range(6, -7, -2):
    print("".join(newton(complex(x / 4, y / 4)) for x in range(-12, 13)))
vals = [1 + 1j, -1, -1 - 0j, complex(-1, -0.0), 1j, 0j, complex(3, -4)]
for v in vals:
    print(f"{v!r:>10} abs={abs(v):.4f} phase={cmath.phase(v):+.4f} polar=({cmath.polar(v)[0]:.3f}, {cmath.polar(v)[1]:+.3f}) sqrt={cmath.sqrt(v)}")
print(cmath.exp(1j * math.pi), cmath.log(-1), cmath.log(100, 10), cmath.log10(-100), cmath.sqrt(-4), cmath.acos(2), cmath.asinh(1j))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.isfinite(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)), cmath.inf, cmath.nanj, cmath.infj)
print(complex(math.inf, 0) * 0, complex("  (1+2j) "), complex("-1.5e3j"), complex(1, -0.0), -0j, complex(-0.0, -0.0), 1j * 1j, (1 + 2j) ** 0.5, (2j) ** 2, 0j ** 0)
print(f"{3 + 4j:.2f}", f"{1j:>10}", format(complex(1, -2), "e"), f"{complex(1.5, 2.25):g}", repr(complex(1e20, 1e-5)), str(1e300j * 1e10))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: complex("1+2"), lambda: 1j < 2j, lambda: cmath.exp(1000), lambda: divmod(1j, 2), lambda: 1j // 2, lambda: int(1j)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
palette = []
for k in range(8):
    r, g, b = colorsys.hsv_to_rgb(k / 8, 0.75, 0.9)
    palette.append("#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255)))
print(palette)
for rgb in [(1, 0, 0), (0.2, 0.4, 0.6), (0.5, 0.5, 0.5), (0, 0, 0)]:
    h, l, s = colorsys.rgb_to_hls(*rgb)
    y, i, q = colorsys.rgb_to_yiq(*rgb)
    back = colorsys.hls_to_rgb(h, l, s)
    print(rgb, tuple(round(v, 4) for v in (h, l, s)), tuple(round(v, 4) for v in (y, i, q)), all(math.isclose(a, b, abs_tol=1e-12) for a, b in zip(back, rgb)), tuple(round(v, 4) for v in colorsys.rgb_to_hsv(*rgb)))
