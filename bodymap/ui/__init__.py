"""The Qt user interface: the body view, its items, the panels and one module per mode."""
