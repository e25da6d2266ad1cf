"""The prescription of docs/prescription.md, for the prescription tests (one copy of it)."""

EXAMPLE = '''format = "piriformis-prescription"
version = 1
prescribed_by = "Dana Whitfield, Riverside Physio"   # shown on screen and on paper
issued = 2026-12-01
review_by = 2027-01-12          # optional: the app says when it is due
weekly_goal = 4
start_side = "right"
note = "Keep the lift small; ice after if sore."      # optional, shown on the Ready card and the sheet

[exercises.toe-rotation]
enabled = true
reps = 12
hold_seconds = 3

[exercises.toe-rotation.progression]                   # optional
max_reps = 15
max_hold_seconds = 5
step_reps = 1                   # one step up adds this many reps ...
step_hold_seconds = 1           # ... or this many seconds of hold
after_sessions = 3              # finished sessions at the current dose before a step is offered
pain_ceiling = 3                # and pain after at most this in each of them
'''
