"""The upper floor: Qt windows and widgets that show the core's state and pass the user's intent down."""
