# Exit order when the module defines no function or class (its dict is in no cycle): the dict
# is freed, each value's references going in the dict's order, a list's last item first
from _mod_fin import A
x = A(1)
lst = [A(2), A(3)]
y = A(4)
d = {'k': A(5), 'j': [A(6), A(7)]}
x.child = A(8)
print("end")
