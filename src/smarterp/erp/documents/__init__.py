"""Documents out: quotations, order confirmations, delivery notes, invoices, credit notes,
purchase orders and customer statements as PDF, and sent by email."""
