"""Stock: warehouses and locations, moves, shipments, reservations, counts and valuation."""
