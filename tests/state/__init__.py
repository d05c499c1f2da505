"""Tests of the Qt-free state layer (`bodymap.state`).

A package, so that its modules (`state.test_explore`, `state.test_where`) do not collide with
the same-named modules in tests/ui.
"""
