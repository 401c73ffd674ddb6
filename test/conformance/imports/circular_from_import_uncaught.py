# A circular 'from x import y' while x still runs: "partially initialized module ... (most likely due to a circular import)"
import _mod_circ_from_a
