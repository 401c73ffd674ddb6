# dir() of a traceback lists only tb_frame, tb_next, tb_lasti and tb_lineno (tb_dir)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb))
print(tb.__dir__())
print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name, tb.tb_lasti >= 0)
print('tb_frame' in type(tb).__dict__, '__dir__' in type(tb).__dict__)
