"""The demo company: two years of a trading business built through the services."""

from smarterp.data.demo.builder import build_demo
from smarterp.data.demo.reset import reset_schema
from smarterp.data.demo.summary import DemoSummary, has_business_data, summarize

__all__ = ["DemoSummary", "build_demo", "has_business_data", "reset_schema", "summarize"]
