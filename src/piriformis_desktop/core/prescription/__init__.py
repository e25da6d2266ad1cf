"""A physiotherapist's prescription: settings plus who set them, when, and the limits a dose may progress to."""
