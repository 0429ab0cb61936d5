"""Products: list with filters, read, create, update with a version check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Response

from smarterp.api.deps import (
    API_PREFIX,
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    etag,
    once,
    paginate,
    requires,
    settle,
    wanted_version,
)
from smarterp.api.schemas import ProductPatch
from smarterp.erp.products import queries, service
from smarterp.erp.products.models import Product, ProductType
from smarterp.erp.products.schemas import ProductIn, ProductOut, ProductUpdate

router = APIRouter(prefix="/products", tags=["products"])

Read = Annotated[Ctx, requires("products.read")]
Write = Annotated[Ctx, requires("products.write")]

SORTABLE = {
    "id": Product.id,
    "sku": Product.sku,
    "name": Product.name,
    "sale_price": Product.sale_price,
    "cost": Product.cost,
}


@router.get("", response_model=Page[ProductOut], summary="List products")
def list_products(
    ctx: Read,
    paging: PagingDep,
    q: Annotated[str | None, Query(description="Search SKU, name and Chinese name.")] = None,
    category_id: RecordId | None = None,
    type: ProductType | None = None,
    active: bool | None = None,
    discontinued: bool | None = None,
) -> Page[ProductOut]:
    stmt = queries.products(
        q=q, category_id=category_id, type=type, active=active, discontinued=discontinued
    )
    return paginate(ctx.session, stmt, ProductOut, paging, SORTABLE, [Product.sku], Product.id)


@router.get("/{product_id}", response_model=ProductOut)
def get_product(ctx: Read, product_id: RecordId, response: Response) -> ProductOut:
    product = service.get_product(ctx.session, product_id)
    response.headers["ETag"] = etag(product.version)
    return ProductOut.model_validate(product)


@router.post("", response_model=ProductOut, status_code=201)
def create_product(
    ctx: Write, body: ProductIn, response: Response, idempotency_key: IdempotencyKey = None
) -> ProductOut:
    product = once(
        ctx,
        "product.create",
        idempotency_key,
        lambda: service.create_product(ctx.session, body),
        lambda pid: service.get_product(ctx.session, pid),
    )
    response.headers["ETag"] = etag(product.version)
    response.headers["Location"] = f"{API_PREFIX}{router.prefix}/{product.id}"
    return ProductOut.model_validate(product)


@router.patch("/{product_id}", response_model=ProductOut)
def update_product(
    ctx: Write,
    product_id: RecordId,
    body: ProductPatch,
    response: Response,
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> ProductOut:
    version = wanted_version(if_match, body.version)
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    cmd = ProductUpdate(version=version, **changes)
    product = service.update_product(ctx.session, product_id, cmd)
    settle(ctx)
    response.headers["ETag"] = etag(product.version)
    return ProductOut.model_validate(product)
