"""Customer invoices, vendor bills, credit notes, payments and open items."""
