"""The stored demand forecasts, one row per product and future period, so API and web show them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, utcnow


class DemandForecast(Base):
    """A forecast of units sold in one period. Floats on purpose: these are estimates with
    intervals, never amounts that must add up to the cent; a new run replaces older ones."""

    __tablename__ = "demand_forecast"
    __table_args__ = (Index("ix_demand_forecast_product_ds", "product_id", "ds"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[str] = mapped_column(String(36), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    freq: Mapped[str] = mapped_column(String(1))
    ds: Mapped[date] = mapped_column(Date)
    yhat: Mapped[float] = mapped_column(Float)
    yhat_lo_80: Mapped[float | None] = mapped_column(Float)
    yhat_hi_80: Mapped[float | None] = mapped_column(Float)
    yhat_lo_95: Mapped[float | None] = mapped_column(Float)
    yhat_hi_95: Mapped[float | None] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(200))
    demand_class: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
