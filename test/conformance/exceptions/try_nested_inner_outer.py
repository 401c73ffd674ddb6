# an exception the inner try does not handle goes to the outer try; finally blocks run in order
def level(kind):
    try:
        try:
            try:
                print("raising", kind.__name__)
                raise kind("x")
            except KeyError:
                print("inner caught KeyError")
            finally:
                print("inner finally")
            print("after inner")
        except IndexError:
            print("middle caught IndexError")
        else:
            print("middle else")
        finally:
            print("middle finally")
        print("after middle")
    except Exception as e:
        print("outer caught", type(e).__name__)
    finally:
        print("outer finally")
for k in (KeyError, IndexError, ValueError):
    level(k)
    print("==")
