# colorsys: the six conversions between RGB and YIQ, HLS, HSV, exact floats included
import colorsys

points = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.75, 0.5), (1 / 3, 2 / 3, 0.1),
          (0.6, 0.6, 0.2), (0.05, 0.95, 0.95), (0.7, 0.3, 0.7)]
for p in points:
    yiq = colorsys.rgb_to_yiq(*p)
    hls = colorsys.rgb_to_hls(*p)
    hsv = colorsys.rgb_to_hsv(*p)
    print(p)
    print('  yiq', yiq, colorsys.yiq_to_rgb(*yiq))
    print('  hls', hls, colorsys.hls_to_rgb(*hls))
    print('  hsv', hsv, colorsys.hsv_to_rgb(*hsv))

# Hues all round the circle, and coordinates outside [0, 1].
for i in range(13):
    h = i / 12
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.0), colorsys.hsv_to_rgb(1.5, 1.0, 1.0))
print(colorsys.hsv_to_rgb(-0.25, 0.5, 0.5), colorsys.hls_to_rgb(0.5, 0.5, 0.0), colorsys.hsv_to_rgb(0.3, 0.0, 0.4))
print(colorsys.rgb_to_hsv(1, 2, 3), colorsys.rgb_to_hls(0.75, 0.5, 0.25), colorsys.rgb_to_yiq(1, 2, 3))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, sorted(colorsys.__all__))

for f, args in [(colorsys.rgb_to_hsv, ('a', 0, 0)), (colorsys.hsv_to_rgb, (0.5, 'x', 1)),
                (colorsys.rgb_to_yiq, (1, 2)), (colorsys.rgb_to_hls, (None, 1, 2))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
