"""Customers and suppliers: list and search, read, create, update with a version check."""

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
from smarterp.api.schemas import PartnerPatch
from smarterp.erp.partners import queries, service
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerIn, PartnerOut, PartnerUpdate

router = APIRouter(prefix="/partners", tags=["partners"])

Read = Annotated[Ctx, requires("partners.read")]
Write = Annotated[Ctx, requires("partners.write")]

SORTABLE = {
    "id": Partner.id,
    "name": Partner.name,
    "ref": Partner.ref,
    "city": Partner.city,
    "country": Partner.country,
    "segment": Partner.segment,
    "created_at": Partner.created_at,
}


@router.get("", response_model=Page[PartnerOut], summary="List and search partners")
def list_partners(
    ctx: Read,
    paging: PagingDep,
    q: Annotated[
        str | None,
        Query(description="Search name, ref, email, city, country, contact and segment."),
    ] = None,
    is_customer: bool | None = None,
    is_supplier: bool | None = None,
    active: bool | None = None,
    country: str | None = None,
    segment: Annotated[
        str | None, Query(description="Only partners of this segment (any case).")
    ] = None,
) -> Page[PartnerOut]:
    stmt = queries.partners(
        q=q,
        is_customer=is_customer,
        is_supplier=is_supplier,
        active=active,
        country=country,
        segment=segment,
    )
    return paginate(ctx.session, stmt, PartnerOut, paging, SORTABLE, [Partner.name], Partner.id)


@router.get("/{partner_id}", response_model=PartnerOut)
def get_partner(ctx: Read, partner_id: RecordId, response: Response) -> PartnerOut:
    partner = service.get_partner(ctx.session, partner_id)
    response.headers["ETag"] = etag(partner.version)
    return PartnerOut.model_validate(partner)


@router.post("", response_model=PartnerOut, status_code=201)
def create_partner(
    ctx: Write, body: PartnerIn, response: Response, idempotency_key: IdempotencyKey = None
) -> PartnerOut:
    partner = once(
        ctx,
        "partner.create",
        idempotency_key,
        lambda: service.create_partner(ctx.session, body),
        lambda pid: service.get_partner(ctx.session, pid),
    )
    response.headers["ETag"] = etag(partner.version)
    response.headers["Location"] = f"{API_PREFIX}{router.prefix}/{partner.id}"
    return PartnerOut.model_validate(partner)


@router.patch("/{partner_id}", response_model=PartnerOut)
def update_partner(
    ctx: Write,
    partner_id: RecordId,
    body: PartnerPatch,
    response: Response,
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> PartnerOut:
    version = wanted_version(if_match, body.version)
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    cmd = PartnerUpdate(version=version, **changes)
    partner = service.update_partner(ctx.session, partner_id, cmd)
    settle(ctx)
    response.headers["ETag"] = etag(partner.version)
    return PartnerOut.model_validate(partner)
