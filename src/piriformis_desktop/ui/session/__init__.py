"""The session on screen: the card and summary, the picture, the controller that owns the timer, the check-in."""
