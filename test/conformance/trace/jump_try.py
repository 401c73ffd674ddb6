# frame.f_lineno = N from a trace function: jumps CPython 3.11 allows, and those it refuses.
import sys

from _jump_harness import jump, cm


def nested_finally(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        try:
            out.append(6)
        finally:
            out.append(8)
        out.append(9)

jump(nested_finally, 4, 9)
jump(nested_finally, 6, 9)
jump(nested_finally, 8, 2)


def raising_finally(out):
    try:
        out.append(2)
        1 / 0
        return
    finally:
        out.append(6)
        out.append(7)
    out.append(8)

jump(raising_finally, 6, 7)
jump(raising_finally, 6, 8)
jump(raising_finally, 7, 2)


def raising_nested_finally(out):
    try:
        out.append(2)
        1 / 0
        return
    finally:
        out.append(6)
        try:
            out.append(8)
        finally:
            out.append(10)
        out.append(11)
    out.append(12)

jump(raising_nested_finally, 6, 11)
jump(raising_nested_finally, 8, 11)


def return_in_finally(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
        return
    out.append(7)

jump(return_in_finally, 5, 7)
jump(return_in_finally, 5, 2)


def try_finally_fwd(out):
    try:
        out.append(2)
    finally:
        out.append(4)
    out.append(5)

jump(try_finally_fwd, 2, 5)
jump(try_finally_fwd, 5, 2)
jump(try_finally_fwd, 4, 2)
jump(try_finally_fwd, 2, 4)


def try_finally_back(out):
    out.append(1)
    try:
        out.append(3)
    finally:
        out.append(5)

jump(try_finally_back, 3, 1)
jump(try_finally_back, 1, 3)
jump(try_finally_back, 1, 5)
jump(try_finally_back, 5, 1)


def try_except_fwd(out):
    try:
        out.append(2)
    except:
        out.append(4)
        raise
    out.append(6)

jump(try_except_fwd, 2, 6)
jump(try_except_fwd, 6, 2)
jump(try_except_fwd, 2, 3)
jump(try_except_fwd, 2, 4)


def try_except_back(out):
    out.append(1)
    try:
        out.append(3)
    except:
        out.append(5)
        raise

jump(try_except_back, 3, 1)
jump(try_except_back, 1, 3)
jump(try_except_back, 1, 5)


def except_kinds(out, which):
    try:
        out.append(2)
    except ValueError if which == 1 else (ValueError, RuntimeError) as e:
        out.append(4)
        raise e

jump(except_kinds, 2, 3, 'line', 1)
jump(except_kinds, 2, 3, 'line', 2)


def except_typed(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
        raise

jump(except_typed, 2, 3)
jump(except_typed, 2, 4)


def between_excepts(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    except FloatingPointError:
        out.append(7)
    out.append(8)

jump(between_excepts, 5, 7)
jump(between_excepts, 5, 8)
jump(between_excepts, 4, 1)


def between_excepts_as(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    except FloatingPointError as e:
        out.append(7)
    out.append(8)

jump(between_excepts_as, 5, 7)


def except_to_finally(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    finally:
        out.append(7)
    out.append(8)

jump(except_to_finally, 5, 7)
jump(except_to_finally, 5, 8)
jump(except_to_finally, 7, 4)


def within_except(out):
    try:
        1 / 0
    except:
        out.append(4)
        out.append(5)
        out.append(6)
    out.append(7)

jump(within_except, 5, 6)
jump(within_except, 6, 4)
jump(within_except, 4, 7)


def over_try(out):
    out.append(1)
    try:
        1 / 0
    except ZeroDivisionError as e:
        out.append(5)
    x = 42

jump(over_try, 6, 1)
jump(over_try, 5, 1)


def over_return(out):
    out.append(1)
    try:
        out.append(3)
        if not out:
            return
        out.append(6)
    finally:
        out.append(8)
    out.append(9)

jump(over_return, 3, 6)


def over_break(out):
    out.append(1)
    while True:
        out.append(3)
        try:
            out.append(5)
            if not out:
                break
            out.append(8)
        finally:
            out.append(10)
        out.append(11)
        break
    out.append(13)

jump(over_break, 5, 8)


def into_finally_from_try(out):
    try:
        out.append(2)
        out.append(3)
    finally:
        out.append(5)
        out.append(6)
    out.append(7)

jump(into_finally_from_try, 3, 6)


def into_except_from_try(out):
    try:
        out.append(2)
        out.append(3)
    except:
        out.append(5)
        out.append(6)
        raise
    out.append(8)

jump(into_except_from_try, 3, 6)


def into_typed_except_from_try(out):
    try:
        out.append(2)
        out.append(3)
    except ZeroDivisionError:
        out.append(5)
        out.append(6)
        raise
    out.append(8)

jump(into_typed_except_from_try, 3, 6)


def into_bare_except(out):
    out.append(1)
    try:
        out.append(3)
    except:
        out.append(5)

jump(into_bare_except, 1, 5)


def into_typed_except(out):
    out.append(1)
    try:
        out.append(3)
    except Exception:
        out.append(5)

jump(into_typed_except, 1, 5)


def out_of_except(out):
    out.append(1)
    try:
        out.append(3)
        1 / 0
    except:
        out.append(6)
        out.append(7)

jump(out_of_except, 7, 1)


def out_of_typed_except(out):
    out.append(1)
    try:
        out.append(3)
        1 / 0
    except Exception:
        out.append(6)
        out.append(7)
    print('after', sys.exc_info()[0])

jump(out_of_typed_except, 7, 1)
jump(out_of_typed_except, 7, 8)


def exc_info_restored(out):
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            1 / 0
        except ZeroDivisionError:
            out.append(7)
            out.append(8)
        out.append(repr(sys.exc_info()[1]))
    out.append(repr(sys.exc_info()[1]))

jump(exc_info_restored, 8, 9)
jump(exc_info_restored, 8, 10)


def finally_then_return(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
        return
        try:
            out.append(8)
        finally:
            out.append(10)
        pass
    out.append(12)

jump(finally_then_return, 5, 2)
