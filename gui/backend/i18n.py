"""Translatable text for the Qt-free backend.

The backend never imports Qt, yet every sentence it produces must be translatable. It marks its
templates with ``QT_TRANSLATE_NOOP`` (a name Qt's lupdate extracts) and hands the GUI a ``Text``: the
context, the English template and its parameters. The GUI translates the template at display time
(``gui.i18n.render``); ``str(text)`` gives the English sentence for logs and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for translation in *context*; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Text:
    """A sentence to be translated later: ``template.format(**params)`` in the user's language."""

    context: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def format(self, translated_template: str | None = None) -> str:
        template = self.template if translated_template is None else translated_template
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.format()


def text(context: str, template: str, **params: Any) -> Text:
    """Build a ``Text``; *template* must already be marked with ``QT_TRANSLATE_NOOP``."""
    return Text(context, template, dict(params))
