# An attribute of a module still running its code, read by a module it imports: the circular-import AttributeError
import _mod_circ_attr_a
