# textwrap on random texts: words with hyphens and em-dashes, every kind of whitespace, punctuation; all the options
import textwrap, random
random.seed(11)
pieces = ['a', 'bb', 'well-known', 'x--y', '--', '-', 'e.g.', 'end.', 'Qu"', "it's", '123-456', 'ab-cd-ef', 'a-b', 'co-op-', '-lead', ' ', '  ', '\t', '\n', '\r\n', '\x0b', '\x0c', 'ümlaut-wort', 'long' * 6]
for trial in range(120):
    text = ''.join(random.choice(pieces) + random.choice(['', ' ', ' ', '\t']) for _ in range(random.randrange(1, 25)))
    kw = dict(width=random.randrange(1, 30), break_on_hyphens=random.random() < 0.7, break_long_words=random.random() < 0.8,
              drop_whitespace=random.random() < 0.8, replace_whitespace=random.random() < 0.8, expand_tabs=random.random() < 0.8,
              fix_sentence_endings=random.random() < 0.3, tabsize=random.randrange(1, 9))
    if random.random() < 0.3:
        kw['max_lines'] = random.randrange(1, 4)
        kw['placeholder'] = random.choice([' [...]', '..', ''])
    try:
        print(textwrap.wrap(text, **kw))
    except ValueError as e:
        print('ValueError', e)
    print(textwrap.TextWrapper(**{k: v for k, v in kw.items() if k not in ('max_lines', 'placeholder')})._split_chunks(text))
