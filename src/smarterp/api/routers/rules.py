"""Automation rules: list, save, import/export YAML, enable/disable, dry run, runs, from text."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query

from smarterp.api.deps import Ctx, RecordId, requires
from smarterp.automation.rules import definition, from_text, service
from smarterp.automation.rules.models import RunState
from smarterp.automation.rules.schemas import (
    DryRunOut,
    RuleDetail,
    RuleFromText,
    RuleOut,
    RuleText,
    RuleYaml,
    RunOut,
)
from smarterp.erp.partners import queries as partner_queries

router = APIRouter(prefix="/rules", tags=["rules"])

Read = Annotated[Ctx, requires("rules.read")]
Manage = Annotated[Ctx, requires("rules.manage")]
Days = Annotated[int, Query(ge=1, le=service.MAX_DRY_RUN_DAYS)]
RuleName = Annotated[str, Path(pattern=definition.NAME_PATTERN)]


def _detail(ctx: Ctx, name: str) -> RuleDetail:
    rule = service.get_rule(ctx.session, name)
    rule_def = service.current_definition(ctx.session, rule)
    return RuleDetail(
        **service.describe(ctx.session, rule),
        definition=rule_def.model_dump(mode="json", exclude_none=True),
    )


@router.get("", response_model=list[RuleOut], summary="List rules with their runs' counts")
def list_rules(ctx: Read) -> list[RuleOut]:
    return [RuleOut(**service.describe(ctx.session, r)) for r in service.list_rules(ctx.session)]


@router.post("", response_model=RuleDetail, summary="Save a rule (a change is a new version)")
def save_rule(ctx: Manage, body: Annotated[dict[str, Any], Body()]) -> RuleDetail:
    rule = service.save(ctx.session, body)
    ctx.session.flush()
    return _detail(ctx, rule.name)


@router.post("/import", response_model=list[RuleOut], summary="Save the rules of a YAML text")
def import_rules(ctx: Manage, body: RuleYaml) -> list[RuleOut]:
    rules = service.import_rules(ctx.session, body.yaml)
    ctx.session.flush()
    return [RuleOut(**service.describe(ctx.session, r)) for r in rules]


@router.get("/export", response_model=RuleYaml, summary="Every rule as YAML")
def export_rules(ctx: Read) -> RuleYaml:
    return RuleYaml(yaml=service.export_rules(ctx.session))


@router.post("/from-text", response_model=RuleFromText, summary="A rule from a sentence")
def rule_from_text(ctx: Read, body: RuleText) -> RuleFromText:
    rule = from_text.parse(body.text, partner_queries.segments(ctx.session))
    return RuleFromText(rule=rule, yaml=from_text.to_yaml(rule))


@router.post("/dry-run", response_model=DryRunOut, summary="Dry run of a rule not saved yet")
def dry_run_unsaved(
    ctx: Read, body: Annotated[dict[str, Any], Body()], days: Days = 30
) -> DryRunOut:
    fired = service.dry_run(ctx.session, body, days=days)
    return DryRunOut(
        rule=str(body.get("name", "")), days=days, would_fire=[w.as_dict() for w in fired]
    )


@router.get("/runs", response_model=list[RunOut], summary="The execution log, newest first")
def list_runs(
    ctx: Read,
    rule: Annotated[str | None, Query(max_length=80)] = None,
    state: Annotated[RunState | None, Query(description="dead: the dead-letter list")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[RunOut]:
    runs = service.list_runs(ctx.session, rule=rule, state=state, limit=limit)
    return [RunOut.model_validate(r) for r in runs]


@router.post("/runs/{run_id}/retry", response_model=RunOut, summary="Retry a dead run")
def retry_run(ctx: Manage, run_id: RecordId) -> RunOut:
    return RunOut.model_validate(service.retry_dead(ctx.session, run_id))


@router.get("/{name}", response_model=RuleDetail)
def get_rule(ctx: Read, name: RuleName) -> RuleDetail:
    return _detail(ctx, name)


@router.post("/{name}/enable", response_model=RuleDetail, summary="Fire on what happens next")
def enable(ctx: Manage, name: RuleName) -> RuleDetail:
    service.set_enabled(ctx.session, name, True)
    return _detail(ctx, name)


@router.post("/{name}/disable", response_model=RuleDetail)
def disable(ctx: Manage, name: RuleName) -> RuleDetail:
    service.set_enabled(ctx.session, name, False)
    return _detail(ctx, name)


@router.post(
    "/{name}/dry-run",
    response_model=DryRunOut,
    summary="What the rule would have done over the last days; nothing is written",
)
def dry_run(ctx: Read, name: RuleName, days: Days = 30) -> DryRunOut:
    fired = service.dry_run(ctx.session, name, days=days)
    return DryRunOut(rule=name, days=days, would_fire=[w.as_dict() for w in fired])
