"""The spoken form of Indonesian news text: small ``str -> str`` steps, one module a concern.

Each module reads its rule data (abbreviations, acronyms, units, months) from the TOML files
in ``dengar/data``; ``dengar.normalize`` composes the steps in order.
"""
