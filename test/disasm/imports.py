import os
import os.path
import os.path as osp
import a, b as c
from os import path, sep as s
from . import sibling
from ..pkg.mod import name
from mod import *
