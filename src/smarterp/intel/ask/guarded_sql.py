"""Guarded SQL for questions outside the semantic layer: one SELECT over allowed views only.

Two independent layers. `check_sql` parses with sqlglot and accepts only an allow-list of
syntax, functions and (after CTE scoping) tables, then renders the SQL again from the tree,
so the database runs exactly what was checked. `execute_as_reader` runs it where the
database itself can read only the views: on PostgreSQL as a NOLOGIN role granted SELECT on
them, on SQLite under an authorizer that denies everything else."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlglot
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers

from smarterp.core.errors import DomainError, InvalidInput
from smarterp.intel.semantic.runner import QueryTimeout, Table, read_only_sqlite

ALLOWED_VIEWS = frozenset({"ask_orders", "ask_order_lines", "ask_products", "ask_customers"})
GUARDED_ROW_LIMIT = 500
GUARDED_TIMEOUT_S = 3.0
# Longer text is no question about four views; it only feeds parser recursion.
MAX_SQL_CHARS = 10_000
# The PostgreSQL role guarded SQL runs as: NOLOGIN, SELECT on the views and nothing else.
READER_ROLE = "smarterp_guarded_sql"

# Syntax a question over the views needs. Anything else sqlglot can parse (locking, INTO,
# parameters, VALUES, table functions, dollar quotes, LATERAL, ...) is refused by name.
_STRUCTURE: frozenset[type[exp.Expr]] = frozenset({
    exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery, exp.With, exp.CTE,
    exp.TableAlias, exp.From, exp.Join, exp.Where, exp.Group, exp.Having, exp.Order,
    exp.Ordered, exp.Limit, exp.Offset, exp.Distinct, exp.Window, exp.WindowSpec, exp.Filter,
    exp.Tuple, exp.Column, exp.Identifier, exp.Table, exp.Alias, exp.Star, exp.Literal,
    exp.Boolean, exp.Null, exp.Paren, exp.Neg, exp.Not, exp.And, exp.Or, exp.EQ, exp.NEQ,
    exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Is, exp.In, exp.Between, exp.Like, exp.ILike,
    exp.Escape, exp.Exists, exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Mod, exp.DPipe,
    exp.Case, exp.If, exp.Cast, exp.DataType, exp.DataTypeParam, exp.Interval,
})  # fmt: skip
# Functions sqlglot knows by name: aggregates, conditionals, math, text, dates, windows.
# Not REPLACE, LPAD, REPEAT: nested, they grow a string exponentially within the timeout.
_FUNCTIONS: frozenset[type[exp.Expr]] = frozenset({
    exp.Count, exp.Sum, exp.Avg, exp.Min, exp.Max, exp.GroupConcat, exp.Stddev,
    exp.StddevSamp, exp.StddevPop, exp.Variance, exp.VariancePop,
    exp.Coalesce, exp.Nullif, exp.Greatest, exp.Least,
    exp.Abs, exp.Round, exp.Ceil, exp.Floor, exp.Sqrt, exp.Pow, exp.Ln, exp.Log, exp.Exp,
    exp.Sign, exp.Trunc,
    exp.Lower, exp.Upper, exp.Length, exp.Substring, exp.Trim, exp.Concat, exp.ConcatWs,
    exp.StrPosition, exp.Left, exp.Right, exp.Initcap, exp.SplitPart,
    exp.Date, exp.Datetime, exp.TimeToStr, exp.TsOrDsToTimestamp, exp.Extract, exp.DateTrunc,
    exp.TimestampTrunc, exp.CurrentDate, exp.CurrentTimestamp,
    exp.RowNumber, exp.Rank, exp.DenseRank, exp.PercentRank, exp.CumeDist, exp.Ntile,
    exp.Lag, exp.Lead, exp.FirstValue, exp.LastValue,
})  # fmt: skip
# Functions sqlglot passes through by name (lower case), each pure and about values only.
_NAMED_FUNCTIONS = frozenset(
    {"total", "julianday", "strftime", "datetime", "date_part", "make_date", "age", "btrim",
     "to_char", "to_date", "ifnull", "instr"}
)  # fmt: skip
# Date parts and units (EXTRACT(YEAR FROM ...), DATE_TRUNC('month', ...), INTERVAL '1' DAY).
_UNIT_PARENTS = (exp.Extract, exp.DateTrunc, exp.TimestampTrunc, exp.Interval, exp.WindowSpec)
_CAST_TYPES = frozenset({
    exp.DataType.Type.INT, exp.DataType.Type.BIGINT, exp.DataType.Type.SMALLINT,
    exp.DataType.Type.DECIMAL, exp.DataType.Type.DOUBLE, exp.DataType.Type.FLOAT,
    exp.DataType.Type.TEXT, exp.DataType.Type.VARCHAR, exp.DataType.Type.CHAR,
    exp.DataType.Type.DATE, exp.DataType.Type.TIMESTAMP, exp.DataType.Type.BOOLEAN,
})  # fmt: skip
_NAMED_NODES: dict[type[exp.Expr], str] = {
    exp.Lock: "locking clauses (FOR UPDATE/SHARE)",
    exp.Into: "SELECT ... INTO",
    exp.Placeholder: "parameters",
    exp.Parameter: "parameters",
    exp.Values: "VALUES lists",
    exp.Lateral: "LATERAL",
    exp.Fetch: "FETCH FIRST (use LIMIT)",
}


class GuardedSqlUnavailable(DomainError):
    """The database lacks the reader role and this connection may not create it."""

    code = "guarded_sql_unavailable"
    status = 503


def check_sql(sql: str, dialect: str) -> str:
    """The SQL made safe to run (rendered from its checked tree, a LIMIT added), or
    InvalidInput naming what is refused."""
    read = "postgres" if dialect == "postgresql" else "sqlite"
    if len(sql) > MAX_SQL_CHARS:
        raise InvalidInput("sql", f"is longer than {MAX_SQL_CHARS} characters")
    try:
        safe = _render(_checked_tree(sql, read), read)
        # The rendering must read back as the same checked tree: a generator quirk that
        # changed meaning on the way out would show here instead of in the database.
        if _render(_checked_tree(safe, read), read) != safe:
            raise InvalidInput("sql", "cannot be rendered back unchanged; simplify it")
    except (SqlglotError, RecursionError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InvalidInput("sql", f"cannot be parsed: {reason}") from None
    return safe


def _checked_tree(sql: str, read: str) -> exp.Query:
    statements = [s for s in sqlglot.parse(sql, read=read) if s is not None]
    if len(statements) != 1:
        raise InvalidInput("sql", "must be exactly one statement")
    tree = statements[0]
    if not isinstance(tree, (exp.Select, exp.Union, exp.Intersect, exp.Except)):
        raise InvalidInput("sql", f"only SELECT is allowed, not {_statement_name(tree)}")
    # Unquoted names fold as the database folds them, so the allow-list sees what it reads.
    tree = normalize_identifiers(tree, dialect=read)
    _check_node(tree, {}, read)
    limit = tree.args.get("limit")
    current = None
    if isinstance(limit, exp.Limit) and isinstance(limit.expression, exp.Literal):
        current = int(limit.expression.this) if limit.expression.is_int else None
    if current is None or current > GUARDED_ROW_LIMIT:
        tree = tree.limit(GUARDED_ROW_LIMIT)
    return tree


def _render(tree: exp.Expr, read: str) -> str:
    # No comments (they are where injected text hides), every identifier quoted (a column
    # called "user" stays a column), and anything the dialect cannot say is an error.
    return tree.sql(dialect=read, comments=False, identify=True, unsupported_level=ErrorLevel.RAISE)


def _statement_name(tree: exp.Expr) -> str:
    if isinstance(tree, exp.Command):
        return str(tree.this).upper()
    return tree.key.upper()


def _check_node(node: exp.Expr, scope: Mapping[str, bool], read: str) -> None:
    """Check node and its children. scope maps each CTE name to whether it may be read
    here (False while its own WITH list is being defined: ambiguous between databases)."""
    # sqlglot 26+ calls the argument "with_", older versions "with".
    with_ = node.args.get("with_") or node.args.get("with")
    if isinstance(with_, exp.With):
        scope = _check_with(with_, scope, read)
    _check_one(node, scope, read)
    for child in node.iter_expressions():
        if child is not with_:
            _check_node(child, scope, read)


def _check_with(with_: exp.With, outer: Mapping[str, bool], read: str) -> dict[str, bool]:
    if with_.args.get("recursive"):
        raise InvalidInput("sql", "WITH RECURSIVE is not allowed")
    ctes = [c for c in with_.expressions if isinstance(c, exp.CTE)]
    names = [_name(c.args["alias"].this) for c in ctes]
    if len(set(names)) != len(names):
        raise InvalidInput("sql", "a WITH list names the same CTE twice")
    scope = dict(outer)
    # SQLite lets a CTE read itself or a later one; PostgreSQL reads the table of that
    # name instead. Refuse both, so every reference means one thing everywhere.
    scope.update(dict.fromkeys(names, False))
    for cte, name in zip(ctes, names, strict=True):
        for column in cte.args["alias"].columns:
            _check_one(column, scope, read)
        _check_node(cte.this, scope, read)
        scope[name] = True
    return scope


def _name(identifier: exp.Expr) -> str:
    name = identifier.name
    # SQLite matches names without regard to case, quoted or not; PostgreSQL keeps quoted
    # case (normalize_identifiers has already folded the unquoted ones).
    return name.lower() if not isinstance(identifier, exp.Identifier) or not identifier.quoted \
        else name  # fmt: skip


def _check_one(node: exp.Expr, scope: Mapping[str, bool], read: str) -> None:
    kind = type(node)
    if kind is exp.Table:
        _check_table(node, scope)
    elif kind is exp.Column:
        if node.args.get("db") is not None or node.args.get("catalog") is not None:
            raise InvalidInput("sql", f"{node.sql()} names a schema; use the view's name only")
    elif kind is exp.Identifier:
        # sqlglot reads SQLite's $name parameters as names; SQLite would bind them.
        if not node.args.get("quoted") and node.name[:1] in ("$", ":", "@", "?"):
            raise InvalidInput("sql", "parameters are not allowed")
    elif kind is exp.Var:
        if not isinstance(node.parent, _UNIT_PARENTS):
            raise InvalidInput("sql", f"{node.name} is not allowed here")
    elif kind is exp.DataType:
        if node.this not in _CAST_TYPES:
            raise InvalidInput("sql", f"casting to {node.sql(dialect=read)} is not allowed")
    elif kind is exp.Anonymous:
        name = node.name.lower()
        if name not in _NAMED_FUNCTIONS:
            raise InvalidInput("sql", f"function {name} is not allowed")
    elif kind in _STRUCTURE or kind in _FUNCTIONS:
        pass
    elif isinstance(node, exp.Func):
        raise InvalidInput("sql", f"function {_function_name(node, read)} is not allowed")
    else:
        what = _NAMED_NODES.get(kind) or f"{node.key.upper()} ({node.sql(dialect=read)[:40]})"
        raise InvalidInput("sql", f"{what} is not allowed")


def _check_table(table: exp.Expr, scope: Mapping[str, bool]) -> None:
    if not isinstance(table.this, exp.Identifier):
        raise InvalidInput("sql", f"table function {table.sql()[:40]} is not allowed")
    if table.args.get("db") is not None or table.args.get("catalog") is not None:
        raise InvalidInput("sql", f"{table.sql()} names a schema; use the view's name only")
    name = _name(table.this)
    if name in scope:
        if not scope[name]:
            raise InvalidInput("sql", f"CTE {name} is read before it is defined")
        return
    if name not in ALLOWED_VIEWS:
        allowed = ", ".join(sorted(ALLOWED_VIEWS))
        raise InvalidInput("sql", f"table {name} is not allowed; use {allowed}")


def _function_name(node: exp.Func, read: str) -> str:
    try:
        rendered = node.sql(dialect=read)
    except SqlglotError:
        rendered = node.sql_name()
    return rendered.split("(")[0].strip().lower() or node.key


def run_guarded_sql(engine: Engine, sql: str) -> Table:
    """Check the SQL, then run it as the reader: read-only, limited and timed out."""
    safe = check_sql(sql, engine.dialect.name)
    columns, rows, truncated = execute_as_reader(engine, safe)
    return Table(columns, [[_plain(v) for v in r] for r in rows], safe, truncated)


def execute_as_reader(
    engine: Engine,
    sql: str,
    *,
    timeout_s: float = GUARDED_TIMEOUT_S,
    max_rows: int = GUARDED_ROW_LIMIT,
) -> tuple[list[str], list[list[Any]], bool]:
    """Run SQL where the database itself lets it read only the allowed views, in a read-only
    transaction with a statement timeout; columns, at most max_rows rows, and whether more
    were there. Meant for SQL check_sql passed; it holds on its own too."""
    try:
        if engine.dialect.name == "postgresql":
            with _as_pg_reader(engine, timeout_s) as connection:
                # A server-side cursor: DECLARE takes one SELECT (no "...; COMMIT; DELETE"
                # can end the read-only transaction and the role) and the server keeps the
                # rows past max_rows. Without parameters, no ':' or '%' in text is parsed.
                with connection.cursor("guarded_sql", binary=True) as cursor:
                    cursor.execute(sql)
                    columns = [d[0] for d in cursor.description or []]
                    fetched = cursor.fetchmany(max_rows + 1)
                _still_reader(connection)
        else:
            with read_only_sqlite(engine, timeout_s) as cursor, _sqlite_reader(cursor):
                cursor.execute(sql)
                columns = [d[0] for d in cursor.description or []]
                fetched = cursor.fetchmany(max_rows + 1)
    except (DBAPIError, sqlite3.Error, _psycopg_error()) as exc:
        raise _refusal(exc, timeout_s) from None
    return columns, [list(r) for r in fetched[:max_rows]], len(fetched) > max_rows


def _psycopg_error() -> type[Exception]:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return sqlite3.Error
    return psycopg.Error


def _refusal(exc: Exception, timeout_s: float) -> DomainError:
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    lowered = message.lower()
    if "interrupted" in lowered or "statement timeout" in lowered or "cancel" in lowered:
        return QueryTimeout(timeout_s)
    if "not authorized" in lowered or "prohibited" in lowered or "permission denied" in lowered:
        return InvalidInput("sql", f"reads outside the allowed views ({message})")
    return InvalidInput("sql", f"the database refused it: {message}")


# ---- PostgreSQL: a role that can read the views and nothing else -------------------------


@contextmanager
def _as_pg_reader(engine: Engine, timeout_s: float) -> Iterator[Any]:
    """A psycopg connection in a read-only transaction, timed out, as READER_ROLE."""
    for attempt in range(2):
        with engine.connect() as conn, conn.begin() as tx:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            conn.execute(text(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}"))
            schema = _reader_schema(conn)
            if schema is None:
                tx.rollback()
                if attempt:
                    raise GuardedSqlUnavailable(f"role {READER_ROLE} cannot read the views")
                _grant_reader(engine)
                continue
            # The views' schema first, then the catalogue; temporary tables last, so no
            # session's temporary table can stand in for a view.
            conn.execute(text(f"SET LOCAL search_path = {schema}, pg_catalog, pg_temp"))
            conn.execute(text(f"SET LOCAL ROLE {READER_ROLE}"))
            try:
                yield conn.connection.dbapi_connection
            finally:
                tx.rollback()
            return


def _still_reader(connection: Any) -> None:
    """Refuse rows read after the statement left the role or the read-only mode.

    Any role may RESET ROLE, and set_config('role', 'none', true) does so from inside a
    SELECT; the allow-list refuses set_config, and this makes sure such rows never leave."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user, current_setting('transaction_read_only')")
        user, read_only = cursor.fetchone()
    if user != READER_ROLE or read_only != "on":
        raise InvalidInput("sql", f"left the reader role (ran as {user}); refused")


def _reader_schema(conn: Connection) -> str | None:
    """The views' schema (quoted) when READER_ROLE is ready: this user may become it, it
    is no superuser, and it may read every view; else None."""
    views = ", ".join(f"to_regclass('{v}')" for v in sorted(ALLOWED_VIEWS))
    row = conn.execute(
        text(
            "SELECT min(c.relnamespace::regnamespace::text), count(*), "
            "  bool_and(has_table_privilege(r.oid, c.oid, 'SELECT')), "
            "  bool_and(pg_has_role(current_user, r.oid, 'MEMBER') "
            "           AND NOT r.rolsuper AND NOT r.rolbypassrls) "
            f"FROM pg_class c, pg_roles r WHERE r.rolname = :role AND c.oid IN ({views})"
        ),
        {"role": READER_ROLE},
    ).one()
    schema, count, readable, safe_role = row
    if count != len(ALLOWED_VIEWS) or not readable or not safe_role:
        return None
    return str(schema)


def _grant_reader(engine: Engine) -> None:
    """Create READER_ROLE if missing and grant it SELECT on the views (and nothing else)."""
    views = ", ".join(sorted(ALLOWED_VIEWS))
    try:
        with engine.begin() as conn:
            # One first use at a time per database; roles are shared by the whole server,
            # so a concurrent CREATE ROLE elsewhere is expected and tolerated.
            conn.execute(text(f"SELECT pg_advisory_xact_lock(hashtext('{READER_ROLE}'))"))
            conn.execute(
                text(
                    "DO $$ BEGIN "
                    f"CREATE ROLE {READER_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                    "NOINHERIT NOREPLICATION NOBYPASSRLS; "
                    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
                )
            )
            conn.execute(text(f"GRANT {READER_ROLE} TO CURRENT_USER"))
            schema = conn.execute(
                text("SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = :v"),
                {"v": conn.execute(text("SELECT to_regclass('ask_orders')::oid")).scalar()},
            ).scalar()
            if schema is None:
                raise GuardedSqlUnavailable("the ask views are missing; run `smarterp migrate`")
            conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {READER_ROLE}"))
            conn.execute(text(f"GRANT SELECT ON {views} TO {READER_ROLE}"))
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0]
        raise GuardedSqlUnavailable(
            f"guarded SQL runs as role {READER_ROLE}, which this database user cannot set up "
            f"({first}); an administrator can: CREATE ROLE {READER_ROLE} NOLOGIN; "
            f"GRANT {READER_ROLE} TO <app user>; GRANT SELECT ON {views} TO {READER_ROLE}"
        ) from None


# ---- SQLite: an authorizer that allows reading the views and nothing else ----------------


@contextmanager
def _sqlite_reader(cursor: Any) -> Iterator[None]:
    """Install an authorizer on the cursor's connection for the statements run inside.

    SQLite names the view (or CTE: it cannot tell them apart) a read comes through, so
    the authorizer allows reads by column: exactly the table columns the views read,
    recorded by preparing the views themselves."""
    connection: sqlite3.Connection = cursor.connection
    columns, functions = _view_reads(connection, cursor)
    tables = {table for table, _ in columns}
    allowed_functions = functions | _SQLITE_FUNCTIONS

    def authorize(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_SELECT:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_READ:
            read = ((arg1 or "").lower(), arg2 or "")
            # An empty column is a table joined for its rows only (no value is read).
            if read in columns or (read[1] == "" and read[0] in tables):
                return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in allowed_functions:
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    # Setting an authorizer expires prepared statements, so cached ones are checked again.
    connection.set_authorizer(authorize)
    try:
        yield
    finally:
        connection.set_authorizer(None)


# SQLite's names for the functions check_sql allows (LIKE is a function to SQLite).
_SQLITE_FUNCTIONS = frozenset(
    {"count", "sum", "avg", "min", "max", "total", "group_concat", "coalesce", "ifnull",
     "nullif", "iif", "abs", "round", "ceil", "ceiling", "floor", "sqrt", "power", "pow",
     "ln", "log", "exp", "sign", "mod", "trunc", "lower", "upper", "length", "substr",
     "substring", "trim", "ltrim", "rtrim", "concat", "concat_ws", "instr",
     "like", "date", "datetime", "julianday", "strftime", "row_number", "rank",
     "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value",
     "last_value"}
)  # fmt: skip


def _view_reads(
    connection: sqlite3.Connection, cursor: Any
) -> tuple[set[tuple[str, str]], set[str]]:
    """(table, column) pairs and functions that reading the allowed views uses."""
    reads: set[tuple[str, str]] = set()
    functions: set[str] = set()

    def record(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ:
            reads.add(((arg1 or "").lower(), arg2 or ""))
        elif action == sqlite3.SQLITE_FUNCTION:
            functions.add((arg2 or "").lower())
        return sqlite3.SQLITE_OK

    recorder: Callable[..., int] = record
    connection.set_authorizer(recorder)
    try:
        for view in sorted(ALLOWED_VIEWS):
            cursor.execute(f'SELECT * FROM "{view}" LIMIT 0').fetchall()
    finally:
        connection.set_authorizer(None)
    return reads, functions


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400  # intervals as days, as the views count them
    return value
