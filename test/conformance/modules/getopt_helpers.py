# getopt's module-level helpers (short_has_arg, long_has_args, do_shorts, do_longs), which
# programs and CPython's tests call directly.
import getopt


def show(f, *args):
    try:
        print(f.__name__, args, '->', f(*args))
    except getopt.GetoptError as e:
        print(f.__name__, args, 'GetoptError:', e.msg, repr(e.opt))


show(getopt.short_has_arg, 'a', 'a:')
show(getopt.short_has_arg, 'a', 'a')
show(getopt.short_has_arg, 'a', 'b')
show(getopt.long_has_args, 'abc', ['abc='])
show(getopt.long_has_args, 'abc', ['abcd'])
show(getopt.long_has_args, 'abc', ['abcd', 'abcde'])
show(getopt.long_has_args, 'abc', [])
show(getopt.do_shorts, [], 'a1', 'a:', [])
show(getopt.do_shorts, [], 'a', 'a:', ['1', '2'])
show(getopt.do_shorts, [], 'ab', 'ab', [])
show(getopt.do_shorts, [], 'a', 'a:', [])
show(getopt.do_longs, [], 'abc=1', ['abcd='], [])
show(getopt.do_longs, [], 'abc', ['ab', 'abc', 'abcd'], [])
show(getopt.do_longs, [], 'foo=42', ['foo-bar', 'foo='], [])
show(getopt.do_longs, [], 'abc=1', ['abc'], [])
show(getopt.do_longs, [], 'abc', ['abc='], [])
