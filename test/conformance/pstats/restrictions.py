# pstats: print_stats restrictions, applied in order: counts, fractions, regular expressions,
# and the "List reduced from N to M due to restriction <...>" lines.
from _load import load

st = load('demo.prof').sort_stats('cumulative')
for amount in [(5,), (0.5,), (0.25,), ('fib',), ('util', 2), (2, 'util'), ('helper|area', 0.5), ('[invalid',),
               ('[invalid', 3), (0,), (1.0,), (-1,), (100,), ('nomatch',), (r'\(<.*>\)',), ('^/srv/other',),
               ('builtins', 'len'), (0.0,), (0.99,)]:
    print('=== print_stats%r' % (amount,))
    result = st.print_stats(*amount)
    assert result is st
