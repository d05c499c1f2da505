"""Tests of the Qt widgets (`bodymap.ui`); a package so that its conftest's helpers (the
hand-moved `Clock`) can be imported by its modules."""
