"""Inventory policy and replenishment: safety stock, reorder points, order quantities, proposals."""
