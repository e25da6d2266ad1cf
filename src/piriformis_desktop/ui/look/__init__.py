"""How the app looks: complete palettes for each theme and the style that draws control edges and focus."""
