# SPDX-License-Identifier: MIT
"""A script graph drawn as a flowchart, laid out automatically: each node on the row of its
shortest distance from the start (nodes no path reaches on a last row, in red), left to right
in the order they are met; an edge is a line with an arrow, labelled with the choice or the
condition that takes it. Texts are the script's own, drawn as plain text."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from desktop.views.answer_text import condition_text
from salesdesk.domain.flow import AnswerKind, Node, NodeKind, reachable_from, yes_no_choices
from salesdesk.domain.script import CallScript

BOX_W, BOX_H, GAP_X, GAP_Y = 170.0, 46.0, 30.0, 46.0
COLOURS = {
    NodeKind.SAY: "#eceff1",
    NodeKind.ASK: "#e3f2fd",
    NodeKind.OBJECTION: "#fff3e0",
    NodeKind.END: "#e8f5e9",
}


def layout(nodes: list[Node], start: str) -> dict[str, tuple[int, int]]:
    """Node ID → (row, column): rows by shortest distance from the start (breadth first),
    columns in the order met; nodes no path reaches go on a row of their own at the end."""
    by_id = {n.id: n for n in nodes}
    rows: dict[str, int] = {}
    queue = deque([start] if start in by_id else [])
    if queue:
        rows[start] = 0
    while queue:
        current = queue.popleft()
        for target, _label in edges(by_id[current]):
            if target in by_id and target not in rows:
                rows[target] = rows[current] + 1
                queue.append(target)
    last = max(rows.values(), default=-1) + 1
    for node in nodes:
        rows.setdefault(node.id, last)
    columns: dict[int, int] = {}
    placed: dict[str, tuple[int, int]] = {}
    for node_id in sorted(rows, key=lambda n: (rows[n], list(by_id).index(n))):
        row = rows[node_id]
        placed[node_id] = (row, columns.get(row, 0))
        columns[row] = columns.get(row, 0) + 1
    return placed


def edges(node: Node) -> list[tuple[str, str]]:
    """(target, label) of each way out of a node: one line per target, labelled with the
    choices or conditions that take it (none when every way leads there)."""
    labels: dict[str, list[str]] = {}
    choices = yes_no_choices(node) if node.answer is AnswerKind.YES_NO else node.choices
    for choice in choices:
        labels.setdefault(choice.next or node.next, []).append(choice.label)
    for branch in node.branches:
        shown = condition_text(node, branch.when) or f"{branch.when.op.value} {branch.when.value}"
        labels.setdefault(branch.next, []).append(shown)
    if node.next:
        labels.setdefault(node.next, [])
    ways = len(choices) + len(node.branches) + (1 if node.next and not choices else 0)
    return [
        (target, "" if len(labels) == 1 or len(names) == ways else " / ".join(names))
        for target, names in labels.items()
        if target
    ]


class Flowchart(QGraphicsView):
    """Draws a script graph; ``draw`` again after each edit."""

    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QBrush(QColor("#fafafa")))  # the chart's colours, any theme
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def draw(self, script: CallScript, selected: str = "") -> None:
        """Lay out and draw a script's nodes (``selected`` outlined and brought into view)."""
        nodes, start = list(script.nodes), script.start
        scene = self.scene()
        scene.clear()
        placed = layout(nodes, start)
        width = max((c for _r, c in placed.values()), default=0) + 1
        boxes: dict[str, QRectF] = {}
        for node in nodes:
            row, column = placed[node.id]
            boxes[node.id] = QRectF(
                column * (BOX_W + GAP_X) - width * (BOX_W + GAP_X) / 2,
                row * (BOX_H + GAP_Y),
                BOX_W,
                BOX_H,
            )
        reached = reachable_from({n.id: n for n in nodes}, start)
        line_pen = QPen(QColor("#78909c"), 1.2)
        for node in nodes:
            for target, label in edges(node):
                if target not in boxes:
                    continue
                self._edge(boxes[node.id], boxes[target], label, line_pen)
        for node in nodes:
            box = boxes[node.id]
            lost = node.id not in reached
            pen = QPen(QColor("#c62828" if lost else "#546e7a"), 2.5 if node.id == selected else 1)
            scene.addRect(box, pen, QBrush(QColor(COLOURS[node.kind])))
            objection = script.objection(node.objection) if node.objection else None
            title = node.title or (objection.title if objection else node.id)
            text = scene.addSimpleText(_elide(title, 24))
            text.setPos(box.left() + 6, box.top() + 4)
            kind = scene.addSimpleText(_elide(f"{node.kind.value} · {node.id}", 28))
            kind.setBrush(QBrush(QColor("#607d8b")))
            kind.setPos(box.left() + 6, box.top() + 24)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        if selected in boxes:
            self.centerOn(boxes[selected].center())

    def _edge(self, source: QRectF, target: QRectF, label: str, pen: QPen) -> None:
        scene = self.scene()
        start = QPointF(source.center().x(), source.bottom())
        end = QPointF(target.center().x(), target.top())
        if target.top() <= source.top():  # back up the chart: leave and enter at the sides
            start = QPointF(source.right(), source.center().y())
            end = QPointF(target.right(), target.center().y())
        line = QLineF(start, end)
        scene.addLine(line, pen)
        if line.length() > 0:
            unit = line.unitVector()
            direction = QPointF(unit.dx(), unit.dy())
            normal = QPointF(-direction.y(), direction.x())
            tip = end
            head = QPolygonF(
                [tip, tip - direction * 8 + normal * 4, tip - direction * 8 - normal * 4]
            )
            scene.addPolygon(head, pen, QBrush(pen.color()))
        if label:
            text = scene.addSimpleText(_elide(label, 18))
            text.setBrush(QBrush(QColor("#37474f")))
            middle = line.pointAt(0.75)  # near its target: labels fanning out stay apart
            text.setPos(middle.x() + 3, middle.y() - 8)

    def fit(self) -> None:
        """Show the whole chart."""
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def _elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
