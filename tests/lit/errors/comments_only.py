# A file of comments and blank lines only (this one) is valid: exit 0, no output.
# RUN: %parc check %s 2>&1 | count 0

    # an indented comment does not open a block

	# nor does a tab-indented one
# RUN: printf '# a\n\n   \n\t\n  # b\n\n# c without a final newline' > %t.py
# RUN: %parc check %t.py 2>&1 | count 0
# Comment and blank lines inside a block produce no tokens either.
# RUN: printf 'if 1:\n    x = 1\n# at column 1\n\n        # deeper\n    y = 2\n' > %t.block.py
# RUN: %parc check %t.block.py 2>&1 | count 0
