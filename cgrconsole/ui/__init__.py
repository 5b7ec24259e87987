"""The window and its widgets: the only package (with ``app``'s GUI path) that imports Qt."""
