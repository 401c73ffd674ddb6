# Library modules split into helper modules run under runpy (run_module executes the
# module's code in a fresh namespace, so `statistics` is not in sys.modules while it runs).
import runpy
import sys

g = runpy.run_module('statistics')
print(g['__name__'], g['mean']([1, 2, 3, 4]), g['NormalDist'](0, 1).cdf(0))
print(g['covariance']([1, 2, 3], [1, 2, 4]), g['linear_regression']([1, 2, 3], [2, 4, 6]))
print(g['NormalDist'].from_samples([1, 2, 3, 4]))
for call in (lambda: g['mean']([]), lambda: g['covariance']([1], [2]),
             lambda: g['NormalDist'](0, -1)):
    try:
        call()
    except ValueError as e:
        print(type(e).__module__, type(e).__name__, e)
print(g['StatisticsError'], g['LinearRegression'])

g = runpy.run_module('statistics', run_name='__main__', alter_sys=True)
print(g['median']([3, 1, 2]), 'statistics' in g['__name__'])

g = runpy.run_module('ipaddress')
print(repr(g['ip_address']('10.0.0.1')), repr(g['ip_network']('::/120')))
print(g['IPv4Address'], g['AddressValueError'], g['_BaseNetwork'])
try:
    g['IPv4Address']('1.2.3')
except ValueError as e:
    print(type(e).__module__, type(e).__name__, e)
print(list(g['summarize_address_range'](g['ip_address']('10.0.0.0'), g['ip_address']('10.0.0.9'))))

g = runpy.run_module('shutil')
print(g['ReadError'], g['RegistryError'], sorted(n for n, _ in g['get_archive_formats']() if n in ('gztar', 'tar', 'zip')))
try:
    g['unpack_archive']('nothing.unknown')
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
try:
    g['register_unpack_format']('zip2', ['.zip'], print)
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)

g = runpy.run_module('doctest')
print(type(g['Example']('x', '1')), g['DocTest'], g['TestResults'](0, 1), g['ELLIPSIS'])
parser = g['DocTestParser']()
test = parser.get_doctest('>>> 1 + 1\n2\n', {}, 'name', 'file', 0)
print(test, test.examples[0].want)
runner = g['DocTestRunner'](verbose=False)
print(runner.run(test))

import statistics, ipaddress, shutil, doctest
print(statistics.StatisticsError, ipaddress.IPv6Interface, shutil.ReadError, doctest.DocTest)
print(statistics.StatisticsError.__module__, ipaddress.AddressValueError.__module__)
