"""Families of operations: one module each, each one class extending ``core.Core`` and nothing else.

A family imports ``core``, ``rules`` and ``records`` (and the wire and mechanism modules), never another
family; ``backend.py`` alone composes them. A method named after an operation of the model (snake_case)
answers it: typed arguments in API order, a record or a ``Result`` back, or a model error raised.
"""
