"""Prints an annotation file with N entries, each with one unknown key."""
import sys

print("version: 1")
print("functions:")
for i in range(int(sys.argv[1])):
    print(f"  - name: ::app::f{i}")
    print("    kind: function")
    print("    bad: 1")
