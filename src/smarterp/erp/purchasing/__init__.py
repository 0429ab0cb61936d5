"""Buying: requests for quotation, purchase orders, receipts, vendor bills, three-way match."""
