# CPython's frozen test modules __hello__ and __phello__ (a package with spam and ham.eggs).
import __hello__
print(__hello__.initialized, __hello__.TestFrozenUtf8_2.__doc__, __hello__.__name__)
__hello__.main()
import __phello__.spam, __phello__.ham.eggs
print(__phello__.initialized, __phello__.spam.initialized, __phello__.ham.eggs.__name__, sorted(k for k in vars(__phello__.ham) if not k.startswith('__')))
__phello__.spam.main()
