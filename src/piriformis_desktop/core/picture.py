"""Which drawing of an exercise the card shows at one instant: the working leg's pose and the motion arrow.

The card never fades one picture into another: it shows one drawn pose at full strength, the working leg
as far along as the rep is (the card's `blend`: 0 is the start position, 1 the end), and while the leg
moves, an arrow the way it moves: in toward the end position on Move, out toward the start on Release.
The drawings are made by tools/make_illustrations.py: `start`, `pose-1` ... `pose-4` (the end, without an
arrow), `arrow-in` and `arrow-out`.
"""

from __future__ import annotations

from dataclasses import dataclass

from piriformis_desktop.core.timeline import PhaseKind

POSES = 5  # drawings from the start position (0) to the end position (POSES - 1)
ARROWS = {PhaseKind.MOVE: "in", PhaseKind.RELEASE: "out"}


@dataclass(frozen=True)
class Frame:
    pose: int  # 0 (start position) to POSES - 1 (end position)
    arrow: str | None  # "in" while moving into the end position, "out" while moving back, else None

    @property
    def pose_name(self) -> str:
        """The drawing's name after the exercise id: "start", "pose-1" ... "pose-4"."""
        return "start" if self.pose == 0 else f"pose-{self.pose}"

    @property
    def arrow_name(self) -> str | None:
        return None if self.arrow is None else f"arrow-{self.arrow}"


def frame_for(kind: PhaseKind, blend: float) -> Frame:
    """The drawing for a phase of kind `kind` with the leg `blend` of the way to the end position."""
    pose = round(min(1.0, max(0.0, blend)) * (POSES - 1))
    return Frame(pose, ARROWS.get(kind))
