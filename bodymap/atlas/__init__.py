"""The atlas layer: map files, their geometry and the questions asked of them. No Qt here.

Import names from the module that defines them: `bodymap.atlas.atlas.Atlas`,
`bodymap.atlas.loader.load_atlas`, `bodymap.atlas.model.TriggerPoint`, ... (`bodymap` itself
re-exports the public few: `load_atlas`, `Atlas`, `AtlasError`, `Problem`).
"""
