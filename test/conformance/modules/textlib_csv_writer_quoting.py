# csv.writer: which fields are quoted, doubled or escaped for each quoting mode, quote character, escape character and line terminator
import csv, io
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'doublequote': False, 'escapechar': '\\'}, {'escapechar': '\\'}, {'quotechar': "'"}, {'lineterminator': '\n'}, {'delimiter': ';', 'lineterminator': '!'}]:
    out = io.StringIO()
    try:
        csv.writer(out, **kw).writerows([['a"b', 'c,d', 'e\nf', 'g\rh', "i'j", 'k;l', 'm!n', 'plain', '', None, 1.5, '\\'], ['""'], ['"'], [',']])
    except csv.Error as e:
        print('Error', e)
    print(kw, repr(out.getvalue()))
