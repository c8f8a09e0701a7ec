"""Live table models of the engine's resources."""

from .base import BusyRole, ItemRole, KeyRole, KeyedTableModel, SortRole
from .containers import ContainersModel
from .images import ImagesModel

__all__ = ["BusyRole", "ContainersModel", "ImagesModel", "ItemRole", "KeyRole", "KeyedTableModel", "SortRole"]
