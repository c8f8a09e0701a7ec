"""What the details panes of the containers and images views share: a placeholder while nothing (or more
than one thing) is selected, and a scrolling page with a title, a status line and a form."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QStackedWidget, QWidget

PLACEHOLDER_STYLE = "color: #8a8f98;"


@dataclass
class DetailsFrame:
    stack: QStackedWidget
    placeholder: QLabel
    page: QWidget
    title: QLabel
    status: QLabel
    form: QFormLayout

    def scroll_area(self, owner: QWidget) -> QScrollArea:
        """The page in a frameless scroll area, added to the stack after the placeholder."""
        scroll = QScrollArea(owner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)
        self.stack.addWidget(scroll)
        return scroll


def details_frame(owner: QWidget, prefix: str, placeholder_text: str) -> DetailsFrame:
    """Build the shared parts; object names are ``<prefix>Placeholder``, ``<prefix>Title``, ``<prefix>Status``."""
    stack = QStackedWidget(owner)
    placeholder = QLabel(placeholder_text, owner)
    placeholder.setObjectName(prefix + "Placeholder")
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    placeholder.setWordWrap(True)
    placeholder.setStyleSheet(PLACEHOLDER_STYLE)
    stack.addWidget(placeholder)

    page = QWidget()
    title = QLabel(page)
    title.setObjectName(prefix + "Title")
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    title.setFont(font)
    title.setWordWrap(True)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    status = QLabel(page)
    status.setObjectName(prefix + "Status")
    status.setStyleSheet(PLACEHOLDER_STYLE)
    status.setWordWrap(True)

    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return DetailsFrame(stack, placeholder, page, title, status, form)
