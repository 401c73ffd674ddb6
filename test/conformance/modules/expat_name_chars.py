# Expat's name characters are XML 1.0 fourth edition's (Unicode 2.0 letters, digits, combining
# characters, extenders; BMP only), not the fifth edition's ranges: '€', 'Ⰰ', '、' are invalid
import xml.etree.ElementTree as ET

for name in ['a', '\u20ac', 'a\u20ac', '\xb7', 'a\xb7', 'a\u0300', '\u2c00', '\u3001', '\u037f', '\u0100',
             '\u4e00', '\u3041', '\u0e01', 'a\u0e31', '\U00010000', 'a\U00010000', '_x-1.2', 'x:y']:
    try:
        el = ET.fromstring(f'<{name} {name}="1"/>')
        print(repr(name), 'ok', el.tag == name)
    except ET.ParseError as e:
        print(repr(name), e)
