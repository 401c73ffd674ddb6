# getopt: getopt and gnu_getopt with short and long options, prefixes, '--', '-', and GetoptError's messages and fields
import getopt

def t(f, *args):
    try:
        print(f(*args))
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.msg), repr(e.opt), e.args)

t(getopt.getopt, ['-a', '-b', 'val', '-cfoo', 'x', '-d'], 'ab:c:d')
t(getopt.getopt, ['-abval', 'rest'], 'ab:')
t(getopt.getopt, ['--alpha', '--beta=1', '--gamma', '2', 'x'], '', ['alpha', 'beta=', 'gamma='])
t(getopt.getopt, ['--al', '--be', '3'], '', ['alpha', 'beta='])
t(getopt.getopt, ['--alpha'], '', 'alpha')
t(getopt.getopt, ['-a', '--', '-b'], 'ab')
t(getopt.getopt, ['-a', '-', '-b'], 'ab')
t(getopt.getopt, [], 'a')
t(getopt.getopt, ['x', '-a'], 'a')
t(getopt.getopt, ['--beta='], '', ['beta='])
t(getopt.getopt, ['--b'], '', ['beta', 'bet'])
t(getopt.getopt, ['--bet'], '', ['beta', 'bet'])
t(getopt.getopt, ['-x'], 'ab')
t(getopt.getopt, ['-b'], 'ab:')
t(getopt.getopt, ['--zeta'], '', ['alpha'])
t(getopt.getopt, ['--alpha=1'], '', ['alpha'])
t(getopt.getopt, ['--beta'], '', ['beta='])
t(getopt.getopt, ['--b'], '', ['beta=', 'bravo'])
t(getopt.getopt, ['-:'], 'a:')
t(getopt.gnu_getopt, ['x', '-a', 'y', '--beta', 'v', 'z', '--', '-c'], 'ac', ['beta='])
t(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
t(getopt.gnu_getopt, ['-a', 'x', '-a'], '+a')
t(getopt.gnu_getopt, ['-', '-a'], 'a')
t(getopt.gnu_getopt, ['--alpha', 'x', '-q'], 'a', 'alpha')
e = getopt.GetoptError('boom')
print(str(e), repr(e.opt), e.args, getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
print(getopt.__all__)
