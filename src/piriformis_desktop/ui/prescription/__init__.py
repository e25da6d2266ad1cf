"""The physiotherapist's prescription on screen: applying one, making one, living with one (issue 22)."""
