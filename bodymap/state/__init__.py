"""What the person is doing, and its rules: plain typed Python over the atlas, no Qt.

One module per mode (`explore`, `where`), the pain drawing with its undo history (`pain`),
the whole application's state with its reset (`app`), and the sentences shown about them
(`wording`). Widgets render these and forward canvas coordinates; the command line uses
them too. Each state tells its listeners what changed (`observable`).
"""
