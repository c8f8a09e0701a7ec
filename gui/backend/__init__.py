"""Qt-free engine layer: the only package that imports docker."""
