"""Rules that span families: pure decisions over records, raising the model's errors.

A family calls them; they never see a store or a backend. ``guards`` holds the checks every operation on a
resource repeats (active, deletion protection, partial updates); ``membership`` what ties a pool to its
origination identities.
"""
