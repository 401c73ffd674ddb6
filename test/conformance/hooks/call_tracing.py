# sys.call_tracing(func, args): argument errors, a plain call outside hooks, no events for it from inside a trace function
import sys
for a in [(), ((1,),), (len, [1]), (len, ([1],), 3), (len,)]:
    try: print(sys.call_tracing(*a))
    except Exception as e: print(type(e).__name__, e)
try: sys.call_tracing(f=len, args=())
except Exception as e: print(type(e).__name__, e)
def helper(x):
    y = x * 2
    return y
def tr(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'call' and frame.f_code.co_name == 'main':
        print('nested ->', sys.call_tracing(helper, (5,)))
    return tr
def main():
    return helper(1)
sys.settrace(tr)
main()
sys.settrace(None)
print(sys.call_tracing(helper, (2,)))
