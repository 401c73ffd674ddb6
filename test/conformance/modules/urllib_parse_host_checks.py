# urllib.parse.urlsplit refuses bracketed hosts that are not IPv6 or IPvFuture addresses, and
# netlocs whose NFKC normalization would bring in a delimiter; __all__ lists CPython's names.
import urllib.parse as up

for url in ('Scheme://user@[192.0.2.146]/Path?Query', 'Scheme://user@[important.com:8000]/Path',
            'Scheme://user@[v123r.IP]/Path', 'Scheme://user@[v12ae]/Path', 'Scheme://user@[v.IP]/Path',
            'Scheme://user@[v123.]/Path', 'Scheme://user@[v]/Path', 'Scheme://user@]v6a.ip[/Path',
            'Scheme://user@[0439:23af::2309::fae7:1234]/Path', 'http://[::1]:80/x',
            'scheme://user@[v6a.ip]/path?query', 'http://[fe80::1%25eth0]/', 'http://[::ffff:1.2.3.4]/',
            'http://\u30d5\u309a:80', 'http://\u30d5\u309a\ufe1380', 'http://netloc\u2100false.netloc/path',
            'http://n\uff03user@netloc/path', 'http://caf\u00e9.example/', 'https://exa\u00admple.com/'):
    try:
        r = up.urlsplit(url)
        print('ok', r.netloc, r.hostname)
    except ValueError as e:
        print('ValueError:', e)
# tpy has no bytes result classes (docs/differences.md).
print(sorted(n for n in up.__all__ if not n.endswith('Bytes')))
import calendar
print('error' in calendar.__all__, calendar.error)
