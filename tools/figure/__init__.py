"""Generator of bodymap's anatomical figure: tables of landmarks and control points per view,
geometry that turns them into a smooth silhouette, and regions that tile it exactly."""
