# -*- coding: latin-1 -*-
# a helper module saved in Latin-1 (not UTF-8), with its coding declaration
word = "café µ"
