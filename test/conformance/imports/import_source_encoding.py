# a module file in Latin-1 with a coding declaration is decoded with that codec on import
import _mod_latin1
print(ascii(_mod_latin1.word), len(_mod_latin1.word))
