"""Every table of the books, imported in one place so metadata and migrations see them all."""

from smarterp.core import bounds as _bounds  # registers the text-length guard
from smarterp.core.audit import AuditRecord
from smarterp.core.auth import ApiToken, User
from smarterp.core.db import Base
from smarterp.core.events import OutboxEvent
from smarterp.core.idempotency import IdempotencyKey
from smarterp.core.sequence import NumberSequence
from smarterp.erp.accounting import guards as _accounting_guards  # registers the posted-entry guard
from smarterp.erp.accounting.models import (
    Account,
    Journal,
    JournalEntry,
    JournalLine,
    Period,
    Tax,
    TaxRate,
)
from smarterp.erp.approvals.models import ApprovalPolicy, ApprovalRequest
from smarterp.erp.company.models import Company
from smarterp.erp.crm.models import Message
from smarterp.erp.currency.models import Currency, ExchangeRate
from smarterp.erp.inventory.models import (
    Carrier,
    CostLayer,
    Location,
    Shipment,
    StockCount,
    StockCountLine,
    StockMove,
    StockQuant,
    StockTransfer,
    StockTransferLine,
    StockValuation,
    Warehouse,
)
from smarterp.erp.invoicing.models import Invoice, InvoiceLine, Payment, PaymentAllocation
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product, SupplierInfo
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseOrderLine
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, Salesperson

metadata = Base.metadata

__all__ = [
    "Account",
    "ApiToken",
    "ApprovalPolicy",
    "ApprovalRequest",
    "AuditRecord",
    "Carrier",
    "Category",
    "Company",
    "CostLayer",
    "Currency",
    "ExchangeRate",
    "IdempotencyKey",
    "Invoice",
    "InvoiceLine",
    "Journal",
    "JournalEntry",
    "JournalLine",
    "Location",
    "Message",
    "NumberSequence",
    "OutboxEvent",
    "Partner",
    "Payment",
    "PaymentAllocation",
    "Period",
    "Product",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "SalesOrder",
    "SalesOrderLine",
    "Salesperson",
    "Shipment",
    "StockCount",
    "StockCountLine",
    "StockMove",
    "StockQuant",
    "StockTransfer",
    "StockTransferLine",
    "StockValuation",
    "SupplierInfo",
    "Tax",
    "TaxRate",
    "User",
    "Warehouse",
    "_accounting_guards",
    "_bounds",
    "metadata",
]
